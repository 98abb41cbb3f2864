"""Append the left-right mirror image of the grid to its right."""

from dsl import hconcat, mirror


def transform(grid):
    return hconcat(grid, mirror(grid, "h"))
