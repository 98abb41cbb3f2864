"""Extend the grid by repeating each edge row and column outwards, with black corners."""

from dsl import crop, fill_cells, hconcat, height, vconcat, width


def transform(grid):
    h, w = height(grid), width(grid)
    tall = vconcat(vconcat(crop(grid, 0, 0, 1, w), grid), crop(grid, h - 1, 0, 1, w))
    wide = hconcat(hconcat(crop(tall, 0, 0, h + 2, 1), tall), crop(tall, 0, w - 1, h + 2, 1))
    return fill_cells(wide, [(0, 0), (0, w + 1), (h + 1, 0), (h + 1, w + 1)], 0)
