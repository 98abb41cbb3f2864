"""Shrink the big blocky shape to 3x3 and paint it in the colour of the scattered noise."""

from dsl import color, downscale, height, objects, only, palette, replace, size, trim


def transform(grid):
    shape = color(max(objects(grid, 0), key=size))
    noise = [v for v in palette(grid) if v not in (0, shape)][0]
    big = trim(only(grid, shape, 0), 0)
    return replace(downscale(big, height(big) // 3), shape, noise)
