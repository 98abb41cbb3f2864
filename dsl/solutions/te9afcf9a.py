"""Weave the two solid rows into alternating checkerboard rows."""

from dsl import fill_cells, width


def transform(grid):
    top, bottom = grid[0, 0], grid[1, 0]
    odd = [c for c in range(width(grid)) if c % 2 == 1]
    out = fill_cells(grid, [(0, c) for c in odd], bottom)
    return fill_cells(out, [(1, c) for c in odd], top)
