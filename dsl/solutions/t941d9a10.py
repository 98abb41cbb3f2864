"""Fill the top-left room blue, the centre room red and the bottom-right room green."""

from dsl import BLUE, GREEN, GREY, RED, bbox, objects, paint, recolor


def transform(grid):
    rooms = objects(grid, GREY)
    rows = len(set(bbox(o)[0] for o in rooms))
    cols = len(set(bbox(o)[1] for o in rooms))
    centre = rooms[(rows // 2) * cols + cols // 2]
    out = paint(grid, recolor(rooms[0], BLUE))
    out = paint(out, recolor(centre, RED))
    return paint(out, recolor(rooms[-1], GREEN))
