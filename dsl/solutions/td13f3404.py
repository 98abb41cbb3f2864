"""Slide the 3x3 pattern down the main diagonal of a 6x6 grid, leaving a trail."""

from dsl import BLACK, canvas, from_grid, paint


def transform(grid):
    out = canvas(BLACK, 6, 6)
    for k in range(6):
        out = paint(out, from_grid(grid, BLACK, k, k))
    return out
