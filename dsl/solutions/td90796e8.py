"""A green cell touching a red cell becomes cyan and the red cell disappears."""

from dsl import BLACK, CYAN, GREEN, RED, fill_cells, find


def transform(grid):
    out = grid
    for r, c in find(grid, GREEN):
        for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if (a, b) in find(grid, RED):
                out = fill_cells(fill_cells(out, [(r, c)], CYAN), [(a, b)], BLACK)
    return out
