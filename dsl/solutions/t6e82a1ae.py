"""Recolour grey shapes by size: four cells blue, three red, two green."""

from dsl import BLUE, GREEN, RED, objects, paint, recolor, size


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        out = paint(out, recolor(obj, {4: BLUE, 3: RED, 2: GREEN}[size(obj)]))
    return out
