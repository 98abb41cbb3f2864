"""Blow every cell up into a 2x2 block."""

from dsl import upscale


def transform(grid):
    return upscale(grid, 2)
