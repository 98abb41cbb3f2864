"""Put red where the columns of the top grey marks meet the rows of the right grey marks."""

from dsl import GREY, RED, fill_cells, find, width


def transform(grid):
    w = width(grid)
    cols = [c for r, c in find(grid, GREY) if r == 0]
    rows = [r for r, c in find(grid, GREY) if c == w - 1]
    return fill_cells(grid, [(r, c) for r in rows for c in cols if c != w - 1], RED)
