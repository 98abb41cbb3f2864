"""Recolour cyan every blue shape that encloses a hole."""

from dsl import count_color, fill_enclosed, objects, paint, recolor, subgrid


def transform(grid):
    out = grid
    for o in objects(grid, 9):
        if count_color(fill_enclosed(subgrid(o, 9), 8, 9), 8) > 0:
            out = paint(out, recolor(o, 8))
    return out
