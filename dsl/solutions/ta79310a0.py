"""Move the cyan shape down one row and colour it red."""

from dsl import replace, shift


def transform(grid):
    return replace(shift(grid, 1, 0, 0), 8, 2)
