"""Turn grey the shape that matches the shape boxed in the top-left corner."""

from dsl import GREY, bbox, color, normalize, objects, paint, recolor


def transform(grid):
    shapes = [o for o in objects(grid, 0) if color(o) != GREY]
    key = [o for o in shapes if bbox(o)[0] < 3 and bbox(o)[1] < 3][0]
    same = [o for o in shapes if o != key and _shape(o) == _shape(key)][0]
    return paint(grid, recolor(same, GREY))


def _shape(obj):
    return normalize(recolor(obj, 0))
