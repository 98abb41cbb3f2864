"""Blow the grid up by the number of coloured cells it holds."""

from dsl import count_color, height, upscale, width


def transform(grid):
    return upscale(grid, height(grid) * width(grid) - count_color(grid, 0))
