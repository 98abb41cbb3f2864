"""Fill the empty cells of each shape's 3x3 bounding box with orange."""

from dsl import ORANGE, bbox, fill_cells, objects


def transform(grid):
    out = grid
    for obj in objects(grid, 0, diagonal=True):
        top, left, h, w = bbox(obj)
        box = [(r, c) for r in range(top, top + h) for c in range(left, left + w)]
        out = fill_cells(out, [(r, c) for r, c in box if grid[r, c] == 0], ORANGE)
    return out
