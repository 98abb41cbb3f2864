"""Keep only the middle column."""

from dsl import BLACK, canvas, crop, from_grid, height, paint, width


def transform(grid):
    h, m = height(grid), width(grid) // 2
    return paint(canvas(BLACK, h, width(grid)), from_grid(crop(grid, 0, m, h, 1), BLACK, 0, m))
