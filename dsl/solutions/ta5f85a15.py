"""Recolour every second cell of each diagonal line yellow."""

from dsl import cells, fill_cells, objects


def transform(grid):
    out = grid
    for diag in objects(grid, 0, diagonal=True):
        out = fill_cells(out, [p for i, p in enumerate(cells(diag)) if i % 2 == 1], 4)
    return out
