"""Rooms sealed by the lines turn green; rooms joined through gaps turn yellow."""

from dsl import GREEN, YELLOW, bbox, objects, paint, palette, recolor, size


def transform(grid):
    out = grid
    for room in objects(grid, max(palette(grid))):
        _, _, h, w = bbox(room)
        out = paint(out, recolor(room, GREEN if size(room) == h * w else YELLOW))
    return out
