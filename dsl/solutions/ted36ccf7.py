"""Rotate the grid a quarter turn anticlockwise."""

from dsl import rotate


def transform(grid):
    return rotate(grid, 3)
