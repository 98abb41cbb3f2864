"""Replace every hollow 3x3 blue square with a red plus sign."""

from dsl import RED, bbox, cells, fill_cells, objects, size


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        top, left, h, w = bbox(obj)
        if (h, w) == (3, 3) and size(obj) == 8 and grid[top + 1, left + 1] == 0:
            plus = [(top, left + 1), (top + 2, left + 1)] + [(top + 1, left + i) for i in range(3)]
            out = fill_cells(fill_cells(out, cells(obj), 0), plus, RED)
    return out
