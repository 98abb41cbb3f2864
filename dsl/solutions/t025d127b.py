"""Lean each shape right: cells above its bottom row and left of its right edge move one step."""

from dsl import BLACK, bbox, canvas, cells, color, fill_cells, height, objects, width


def transform(grid):
    out = canvas(BLACK, height(grid), width(grid))
    for obj in objects(grid, BLACK, diagonal=True):
        top, left, h, w = bbox(obj)
        bottom, right = top + h - 1, left + w - 1
        moved = [(r, c + 1) if r < bottom and c < right else (r, c) for r, c in cells(obj)]
        out = fill_cells(out, moved, color(obj))
    return out
