"""Flood each 3x3 cell between the grey dividers with its centre colour plus five."""

from dsl import GREY, find, palette, rect


def transform(grid):
    out = grid
    for v in [v for v in palette(grid) if v not in (0, GREY)]:
        for r, c in find(grid, v):
            out = rect(out, r - 1, c - 1, 3, 3, v + 5)
    return out
