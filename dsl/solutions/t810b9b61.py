"""Blue shapes that close a loop around a hole turn green."""

from dsl import GREEN, count_color, fill_enclosed, objects, paint, recolor, subgrid


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        if count_color(fill_enclosed(subgrid(obj, 0), GREEN, 0), GREEN) > 0:
            out = paint(out, recolor(obj, GREEN))
    return out
