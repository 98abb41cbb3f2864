"""Repair black holes of a diagonally symmetric pattern from mirror cells and the diagonal."""

from dsl import fill_cells, find, symmetrize


def transform(grid):
    out = symmetrize(grid, "d", 0)
    for r, c in find(out, 0):
        value = grid[0, 0] if r == c else out[r - 1, c - 1]
        out = fill_cells(out, [(r, c)], value)
    return out
