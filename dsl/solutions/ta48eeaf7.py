"""Pull each grey cell straight or diagonally towards the red square until it touches it."""

from dsl import bbox, fill_cells, find, from_grid, only, replace


def transform(grid):
    top, left, h, w = bbox(from_grid(only(grid, 2, 0), 0))
    out = replace(grid, 5, 0)
    for r, c in find(grid, 5):
        nr = min(max(r, top - 1), top + h)
        nc = min(max(c, left - 1), left + w)
        out = fill_cells(out, [(nr, nc)], 5)
    return out
