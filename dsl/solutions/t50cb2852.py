"""Fill the inside of every solid rectangle with cyan, keeping a one-cell border."""

from dsl import CYAN, bbox, objects, rect


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        top, left, h, w = bbox(obj)
        out = rect(out, top + 1, left + 1, h - 2, w - 2, CYAN)
    return out
