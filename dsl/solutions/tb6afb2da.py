"""Redraw each grey rectangle with blue corners, a yellow border and a red inside."""

from dsl import bbox, fill_cells, objects, outline, rect


def transform(grid):
    out = grid
    for o in objects(grid, 0):
        top, left, h, w = bbox(o)
        out = outline(rect(out, top, left, h, w, 2), top, left, h, w, 4)
        corners = [
            (top, left),
            (top, left + w - 1),
            (top + h - 1, left),
            (top + h - 1, left + w - 1),
        ]
        out = fill_cells(out, corners, 1)
    return out
