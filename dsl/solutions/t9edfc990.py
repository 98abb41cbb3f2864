"""Flood every black region that touches a blue cell with blue."""

from dsl import find, flood_fill, height, width


def transform(grid):
    out = grid
    for r, c in find(grid, 1):
        for nr, nc in [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]:
            if 0 <= nr < height(grid) and 0 <= nc < width(grid) and out[nr, nc] == 0:
                out = flood_fill(out, (nr, nc), 1)
    return out
