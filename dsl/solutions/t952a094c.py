"""The four cells inside the box corners jump out to the opposite outer corners."""

from dsl import bbox, fill_cells, objects, size


def transform(grid):
    top, left, h, w = bbox(max(objects(grid, 0), key=size))
    bottom, right = top + h - 1, left + w - 1
    out = grid
    for dr, dc in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
        r = top + 1 if dr > 0 else bottom - 1
        c = left + 1 if dc > 0 else right - 1
        out = fill_cells(out, [(r, c)], 0)
        far_r = bottom + 1 if dr > 0 else top - 1
        far_c = right + 1 if dc > 0 else left - 1
        out = fill_cells(out, [(far_r, far_c)], grid[r, c])
    return out
