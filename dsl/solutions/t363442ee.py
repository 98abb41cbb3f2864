"""Stamp the 3x3 pattern from the top-left corner centred on every blue cell."""

from dsl import BLACK, BLUE, crop, find, from_grid, paint


def transform(grid):
    pattern = crop(grid, 0, 0, 3, 3)
    out = grid
    for r, c in find(grid, BLUE):
        out = paint(out, from_grid(pattern, BLACK, r - 1, c - 1))
    return out
