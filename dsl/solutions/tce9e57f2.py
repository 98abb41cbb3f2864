"""Recolour the lower half of every red bar cyan."""

from dsl import cells, fill_cells, objects, size


def transform(grid):
    out = grid
    for bar in objects(grid, 0):
        out = fill_cells(out, cells(bar)[size(bar) - size(bar) // 2 :], 8)
    return out
