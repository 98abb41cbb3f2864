"""Crop the yellow shape and blow it up twice."""

from dsl import BLACK, trim, upscale


def transform(grid):
    return upscale(trim(grid, BLACK), 2)
