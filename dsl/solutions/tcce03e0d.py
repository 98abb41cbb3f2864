"""Place a copy of the grid in each 3x3 block where the grid has a red cell."""

from dsl import canvas, find, from_grid, height, paint, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = canvas(0, h * h, w * w)
    for r, c in find(grid, 2):
        out = paint(out, from_grid(grid, 0, r * h, c * w))
    return out
