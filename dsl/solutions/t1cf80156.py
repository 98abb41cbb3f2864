"""Crop to the shape."""

from dsl import BLACK, trim


def transform(grid):
    return trim(grid, BLACK)
