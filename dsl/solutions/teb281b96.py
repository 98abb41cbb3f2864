"""Extend the zigzag band downward by reflecting it back and forth."""

from dsl import crop, height, mirror, vconcat, width


def transform(grid):
    h, w = height(grid), width(grid)
    down = crop(grid, 1, 0, h - 1, w)
    up = crop(mirror(grid, "v"), 1, 0, h - 1, w)
    return vconcat(vconcat(vconcat(grid, up), down), up)
