"""Draw a green frame around every red domino; single red cells stay bare."""

from dsl import bbox, objects, outline, overlay, size


def transform(grid):
    out = grid
    for o in objects(grid, 0):
        if size(o) == 2:
            top, left, h, w = bbox(o)
            out = outline(out, top - 1, left - 1, h + 2, w + 2, 3)
    return overlay(out, grid, 0)
