"""Shoot diagonal rays from the single dot in all four diagonal directions."""

from dsl import find, palette, ray


def transform(grid):
    colour = palette(grid)[-1]
    dot = find(grid, colour)[0]
    out = grid
    for heading in ("up-left", "up-right", "down-left", "down-right"):
        out = ray(out, dot, heading, colour)
    return out
