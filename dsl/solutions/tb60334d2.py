"""Replace each grey cell by a 3x3 ring: grey corners, blue edges, black centre."""

from dsl import canvas, fill_cells, find, height, width


def transform(grid):
    out = canvas(0, height(grid), width(grid))
    for r, c in find(grid, 5):
        out = fill_cells(out, [(r + dr, c + dc) for dr in (-1, 1) for dc in (-1, 1)], 5)
        out = fill_cells(out, [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)], 1)
    return out
