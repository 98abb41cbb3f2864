"""Slide the cross left and down by as many cells as the grey counter holds."""

from dsl import BLACK, GREY, canvas, count_color, height, line, width


def transform(grid):
    h, w = height(grid), width(grid)
    n = count_color(grid, GREY)
    row = [r for r in range(h) if all(grid[r, c] not in (BLACK, GREY) for c in range(w))][0]
    col = [c for c in range(w) if all(grid[r, c] not in (BLACK, GREY) for r in range(h))][0]
    ink = grid[row, col]
    out = line(canvas(BLACK, h, w), (0, col - n), (h - 1, col - n), ink)
    return line(out, (row + n, 0), (row + n, w - 1), ink)
