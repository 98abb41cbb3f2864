"""Continue the repeating skyline pattern to the right edge."""

from dsl import BLACK, crop, height, period, tile, width


def transform(grid):
    h, w = height(grid), width(grid)
    p = period(crop(grid, h - 1, 0, 1, w), "h", BLACK)
    return crop(tile(crop(grid, 0, 0, h, p), 1, w // p + 1), 0, 0, h, w)
