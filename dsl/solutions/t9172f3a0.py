"""Blow every cell up into a 3x3 block."""

from dsl import upscale


def transform(grid):
    return upscale(grid, 3)
