"""Flip each grey piece across the back of its red bracket to the inside."""

from dsl import (
    GREY,
    RED,
    bbox,
    count_color,
    crop,
    fill_cells,
    find,
    height,
    mirror,
    objects,
    only,
    replace,
    width,
)


def transform(grid):
    _, _, bh, bw = bbox(objects(only(grid, RED, 0), 0)[0])
    if bh > bw:
        return mirror(transform(mirror(grid, "d")), "d")
    w = width(grid)
    backs = [r for r in range(height(grid)) if count_color(crop(grid, r, 0, 1, w), RED) > 2]
    out = replace(grid, GREY, 0)
    for r, c in find(grid, GREY):
        back = min(backs, key=lambda b: abs(b - r))
        out = fill_cells(out, [(2 * back - r, c)], GREY)
    return out
