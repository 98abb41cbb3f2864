"""Grow the orange bar into an inverted staircase triangle of orange and cyan columns."""

from dsl import CYAN, ORANGE, fill_cells, find


def transform(grid):
    bar = find(grid, ORANGE)
    n, c0 = len(bar), bar[0][1]
    out = grid
    for r in range(n):
        for dc in range(-(n - 1 - r), n - r):
            out = fill_cells(out, [(r, c0 + dc)], ORANGE if dc % 2 == 0 else CYAN)
    return out
