"""Paint red every row and column that is entirely black."""

from dsl import height, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = grid
    for r in range(h):
        if all(grid[r, c] == 0 for c in range(w)):
            out = rect(out, r, 0, 1, w, 2)
    for c in range(w):
        if all(grid[r, c] == 0 for r in range(h)):
            out = rect(out, 0, c, h, 1, 2)
    return out
