"""Surround each blue cell: red above, orange left, pink right, cyan below."""

from dsl import BLUE, CYAN, ORANGE, PINK, RED, fill_cells, find


def transform(grid):
    out = grid
    for r, c in find(grid, BLUE):
        out = fill_cells(out, [(r - 1, c)], RED)
        out = fill_cells(out, [(r, c - 1)], ORANGE)
        out = fill_cells(out, [(r, c + 1)], PINK)
        out = fill_cells(out, [(r + 1, c)], CYAN)
    return out
