"""Place the grid beside its left-right mirror image."""

from dsl import hconcat, mirror


def transform(grid):
    return hconcat(grid, mirror(grid, "h"))
