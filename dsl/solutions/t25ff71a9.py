"""Move everything down one row."""

from dsl import BLACK, shift


def transform(grid):
    return shift(grid, 1, 0, BLACK)
