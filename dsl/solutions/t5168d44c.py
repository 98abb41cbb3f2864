"""Slide the red box two steps along the dotted green line (right or down)."""

from dsl import (
    GREEN,
    RED,
    bbox,
    count_color,
    crop,
    fill_cells,
    mirror,
    move,
    objects,
    only,
    paint,
    replace,
    width,
)


def transform(grid):
    box = objects(only(grid, RED, 0), 0)[0]
    top, left, _, _ = bbox(box)
    w = width(grid)
    if count_color(crop(grid, top + 1, 0, 1, w), GREEN) < 2:
        return mirror(transform(mirror(grid, "d")), "d")
    out = replace(grid, RED, 0)
    out = fill_cells(out, [(top + 1, c) for c in range(w) if (c - left - 1) % 2 == 0], GREEN)
    return paint(out, move(box, 0, 2))
