"""Rotate the grid by a half turn."""

from dsl import rotate


def transform(grid):
    return rotate(grid, 2)
