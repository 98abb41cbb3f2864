"""Grow the coloured run one cell per row, for half as many rows as the row is long."""

from dsl import canvas, count_color, rect, width


def transform(grid):
    w = width(grid)
    n, ink = w - count_color(grid, 0), grid[0, 0]
    out = canvas(0, w // 2, w)
    for i in range(w // 2):
        out = rect(out, i, 0, 1, n + i, ink)
    return out
