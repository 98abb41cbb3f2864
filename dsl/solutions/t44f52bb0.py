"""Answer blue (1) if the grid is left-right symmetric, otherwise orange (7)."""

from dsl import BLUE, ORANGE, canvas, is_symmetric


def transform(grid):
    return canvas(BLUE if is_symmetric(grid, "h") else ORANGE, 1, 1)
