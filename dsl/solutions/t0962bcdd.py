"""Grow each small cross into a big star: arms reach two cells, diagonals in the centre colour."""

from dsl import BLACK, height, line, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = grid
    for r in range(1, h - 1):
        for c in range(1, w - 1):
            if grid[r, c] != BLACK and grid[r - 1, c] != BLACK and grid[r, c - 1] != BLACK:
                centre, arm = grid[r, c], grid[r - 1, c]
                out = line(out, (r - 2, c), (r + 2, c), arm)
                out = line(out, (r, c - 2), (r, c + 2), arm)
                out = line(out, (r - 2, c - 2), (r + 2, c + 2), centre)
                out = line(out, (r - 2, c + 2), (r + 2, c - 2), centre)
    return out
