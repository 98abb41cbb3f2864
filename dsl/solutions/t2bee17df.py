"""Paint green every row and column that is empty all the way across the inside of the frame."""

from dsl import BLACK, GREEN, height, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = grid
    for r in range(1, h - 1):
        if all(grid[r, c] == BLACK for c in range(1, w - 1)):
            out = rect(out, r, 1, 1, w - 2, GREEN)
    for c in range(1, w - 1):
        if all(grid[r, c] == BLACK for r in range(1, h - 1)):
            out = rect(out, 1, c, h - 2, 1, GREEN)
    return out
