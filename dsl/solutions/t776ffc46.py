"""Blue shapes matching a shape enclosed in a closed grey box take that shape's colour."""

from dsl import BLUE, GREY, cells, color, fill_enclosed, normalize, objects, only, paint, recolor


def transform(grid):
    inside = fill_enclosed(only(grid, GREY, 0), 1, 0)
    shapes = objects(grid, 0)
    templates = [
        o for o in shapes if color(o) not in (GREY, BLUE) and all(inside[p] == 1 for p in cells(o))
    ]
    out = grid
    for obj in shapes:
        for t in templates:
            if color(obj) == BLUE and normalize(recolor(obj, color(t))) == normalize(t):
                out = paint(out, recolor(obj, color(t)))
    return out
