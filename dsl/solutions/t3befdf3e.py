"""Swap a framed square's frame and core colours and grow it by the core's width on each side."""

from dsl import bbox, from_grid, map_colors, objects, paint, rect, subgrid


def transform(grid):
    out = grid
    for obj in objects(grid, 0, multicolor=True):
        top, left, h, w = bbox(obj)
        a, b = grid[top, left], grid[top + 1, left + 1]
        k = h - 2
        out = rect(out, top - k, left, k, w, a)
        out = rect(out, top + h, left, k, w, a)
        out = rect(out, top, left - k, h, k, a)
        out = rect(out, top, left + w, h, k, a)
        swapped = map_colors(subgrid(obj, 0), {a: b, b: a})
        out = paint(out, from_grid(swapped, 0, top, left))
    return out
