"""Turn every lone red cell blue."""

from dsl import objects, paint, recolor, size


def transform(grid):
    out = grid
    for o in objects(grid, 0):
        if size(o) == 1:
            out = paint(out, recolor(o, 1))
    return out
