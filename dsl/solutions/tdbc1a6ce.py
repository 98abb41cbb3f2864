"""Join every two blue cells that share a row or column with a cyan line."""

from dsl import BLUE, CYAN, fill_cells, find, line


def transform(grid):
    dots = find(grid, BLUE)
    out = grid
    for a in dots:
        for b in dots:
            if a != b and (a[0] == b[0] or a[1] == b[1]):
                out = line(out, a, b, CYAN)
    return fill_cells(out, dots, BLUE)
