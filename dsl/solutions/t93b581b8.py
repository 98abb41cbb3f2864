"""Around the 2x2 block, put a 2x2 patch in each diagonal corner coloured like the opposite cell."""

from dsl import bbox, objects, rect


def transform(grid):
    r, c, _, _ = bbox(objects(grid, 0, multicolor=True)[0])
    out = rect(grid, r - 2, c - 2, 2, 2, grid[r + 1, c + 1])
    out = rect(out, r - 2, c + 2, 2, 2, grid[r + 1, c])
    out = rect(out, r + 2, c - 2, 2, 2, grid[r, c + 1])
    return rect(out, r + 2, c + 2, 2, 2, grid[r, c])
