"""Loose dots turn grey and fall onto the grey band from both sides."""

from dsl import GREY, count_color, crop, gravity, height, palette, replace, rotate, vconcat, width


def transform(grid):
    h, w = height(grid), width(grid)
    full = [r for r in range(h) if count_color(crop(grid, r, 0, 1, w), GREY) == w]
    if not full:
        return rotate(transform(rotate(grid, 1)), -1)
    dot = [v for v in palette(grid) if v not in (0, GREY)][0]
    g = replace(grid, dot, GREY)
    top, bottom = full[0], full[-1]
    upper = gravity(crop(g, 0, 0, bottom + 1, w), "down", 0)
    lower = gravity(crop(g, top, 0, h - top, w), "up", 0)
    return vconcat(crop(upper, 0, 0, top, w), lower)
