"""Each L-shaped tromino of cyan gets its missing corner (within its 2x2 box) painted blue."""

from dsl import BLUE, bbox, cells, fill_cells, objects


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        top, left, h, w = bbox(obj)
        box = [(r, c) for r in range(top, top + h) for c in range(left, left + w)]
        out = fill_cells(out, [p for p in box if p not in cells(obj)], BLUE)
    return out
