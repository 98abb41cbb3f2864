"""Shapes of exactly six cells turn red; all other shapes turn blue."""

from dsl import BLACK, BLUE, RED, objects, paint, recolor, size


def transform(grid):
    out = grid
    for obj in objects(grid, BLACK):
        out = paint(out, recolor(obj, RED if size(obj) == 6 else BLUE))
    return out
