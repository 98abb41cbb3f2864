"""Slide the green shape against the red line and put a cyan line on its far side."""

from dsl import (
    CYAN,
    GREEN,
    RED,
    bbox,
    count_color,
    crop,
    from_grid,
    height,
    line,
    mirror,
    move,
    only,
    paint,
    replace,
    width,
)


def transform(grid):
    w = width(grid)
    walls = [r for r in range(height(grid)) if count_color(crop(grid, r, 0, 1, w), RED) == w]
    if not walls:
        return mirror(transform(mirror(grid, "d")), "d")
    wall = walls[0]
    shape = from_grid(only(grid, GREEN, 0), 0)
    top, _, h, _ = bbox(shape)
    new_top, cyan = (wall + 1, wall + 1 + h) if top > wall else (wall - h, wall - h - 1)
    out = paint(replace(grid, GREEN, 0), move(shape, new_top - top, 0))
    return line(out, (cyan, 0), (cyan, w - 1), CYAN)
