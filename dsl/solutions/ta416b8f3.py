"""Place the grid twice side by side."""

from dsl import hconcat


def transform(grid):
    return hconcat(grid, grid)
