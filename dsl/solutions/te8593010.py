"""Colour the black holes by size: singles green, pairs red, triples blue."""

from dsl import BLUE, GREEN, GREY, RED, objects, paint, recolor, size


def transform(grid):
    out = grid
    for hole in objects(grid, GREY):
        out = paint(out, recolor(hole, {1: GREEN, 2: RED, 3: BLUE}[size(hole)]))
    return out
