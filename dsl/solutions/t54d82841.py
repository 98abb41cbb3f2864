"""Mark the bottom row with yellow under the middle of each cup."""

from dsl import YELLOW, bbox, fill_cells, height, objects


def transform(grid):
    mids = [bbox(o)[1] + bbox(o)[3] // 2 for o in objects(grid, 0)]
    return fill_cells(grid, [(height(grid) - 1, c) for c in mids], YELLOW)
