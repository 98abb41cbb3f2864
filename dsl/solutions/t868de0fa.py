"""Fill each hollow square: red if its inside has an even side, orange if odd."""

from dsl import ORANGE, RED, bbox, objects, rect


def transform(grid):
    out = grid
    for box in objects(grid, 0):
        top, left, h, w = bbox(box)
        out = rect(out, top + 1, left + 1, h - 2, w - 2, RED if h % 2 == 0 else ORANGE)
    return out
