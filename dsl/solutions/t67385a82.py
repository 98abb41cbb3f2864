"""Recolour green shapes of two or more cells cyan."""

from dsl import CYAN, objects, paint, recolor, size


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        if size(obj) > 1:
            out = paint(out, recolor(obj, CYAN))
    return out
