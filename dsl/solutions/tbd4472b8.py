"""Below the divider, repeat the header's colours as whole rows, one colour per row in turn."""

from dsl import height, rect, width


def transform(grid):
    w = width(grid)
    out = grid
    for r in range(2, height(grid)):
        out = rect(out, r, 0, 1, w, grid[0, (r - 2) % w])
    return out
