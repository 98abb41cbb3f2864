"""Mask the small colour block with the big blocky shape, shrunk to the block's size."""

from dsl import count_color, downscale, fill_cells, find, height, only, palette, replace, trim


def transform(grid):
    big = max(palette(grid)[1:], key=lambda k: count_color(grid, k))
    block = trim(replace(grid, big, 0), 0)
    mask = trim(only(grid, big, 0), 0)
    mask = downscale(mask, height(mask) // height(block))
    return fill_cells(block, find(mask, 0), 0)
