"""Extend the cyan stub to a full column and the red stub to a full row; yellow where they cross."""

from dsl import fill_cells, find, height, line, width


def transform(grid):
    col, row = find(grid, 8)[0][1], find(grid, 2)[0][0]
    out = line(grid, (0, col), (height(grid) - 1, col), 8)
    out = line(out, (row, 0), (row, width(grid) - 1), 2)
    return fill_cells(out, [(row, col)], 4)
