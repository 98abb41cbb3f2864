"""Surround every grey cell with a blue ring."""

from dsl import BLUE, GREY, fill_cells, find, rect


def transform(grid):
    out = grid
    for r, c in find(grid, GREY):
        out = rect(out, r - 1, c - 1, 3, 3, BLUE)
    return fill_cells(out, find(grid, GREY), GREY)
