"""Colour each quadrant of the cyan pattern inside the frame with the nearest corner's colour."""

from dsl import canvas, fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    n, m = h - 4, w - 4
    out = canvas(0, n, m)
    for r in range(n):
        for c in range(m):
            if grid[r + 2, c + 2] != 0:
                corner = grid[0 if r < n // 2 else h - 1, 0 if c < m // 2 else w - 1]
                out = fill_cells(out, [(r, c)], corner)
    return out
