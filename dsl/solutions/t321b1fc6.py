"""Replace every cyan shape by a copy of the coloured template, which itself disappears."""

from dsl import BLACK, CYAN, bbox, canvas, color, height, move, objects, paint, width


def transform(grid):
    shapes = objects(grid, BLACK, multicolor=True)
    template = [s for s in shapes if color(s) != CYAN][0]
    t0, l0, _, _ = bbox(template)
    out = canvas(BLACK, height(grid), width(grid))
    for s in shapes:
        if color(s) == CYAN:
            top, left, _, _ = bbox(s)
            out = paint(out, move(template, top - t0, left - l0))
    return out
