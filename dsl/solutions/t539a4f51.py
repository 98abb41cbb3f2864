"""Extend the nested L-bands to a grid twice the size, repeating the band colours in order."""

from dsl import canvas, height, rect, width


def transform(grid):
    bands = [grid[i, i] for i in range(width(grid)) if grid[i, i] != 0]
    n = 2 * height(grid)
    out = canvas(0, n, n)
    for m in range(n, 0, -1):
        out = rect(out, 0, 0, m, m, bands[(m - 1) % len(bands)])
    return out
