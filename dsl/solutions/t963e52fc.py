"""Double the grid's width by continuing its repeating horizontal pattern."""

from dsl import crop, height, period, tile, width


def transform(grid):
    h, w = height(grid), width(grid)
    p = period(grid, "h")
    return crop(tile(crop(grid, 0, 0, h, p), 1, 2 * w // p + 1), 0, 0, h, 2 * w)
