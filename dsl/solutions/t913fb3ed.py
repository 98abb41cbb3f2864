"""Ring each cell: green gets pink, cyan gets yellow, red gets blue."""

from dsl import BLUE, CYAN, GREEN, PINK, RED, YELLOW, find, outline


def transform(grid):
    out = grid
    for seed, ring in ((GREEN, PINK), (CYAN, YELLOW), (RED, BLUE)):
        for r, c in find(grid, seed):
            out = outline(out, r - 1, c - 1, 3, 3, ring)
    return out
