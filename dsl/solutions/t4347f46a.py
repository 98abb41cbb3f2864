"""Hollow out every solid rectangle, keeping its one-cell border."""

from dsl import bbox, objects, rect


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        top, left, h, w = bbox(obj)
        out = rect(out, top + 1, left + 1, h - 2, w - 2, 0)
    return out
