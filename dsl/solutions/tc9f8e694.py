"""Colour each grey cell with the colour at the start of its row."""

from dsl import fill_cells, find


def transform(grid):
    out = grid
    for r, c in find(grid, 5):
        out = fill_cells(out, [(r, c)], grid[r, 0])
    return out
