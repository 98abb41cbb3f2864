"""Join cyan cells that share a row or column with a green line."""

from dsl import BLACK, CYAN, GREEN, find, line, overlay


def transform(grid):
    marks = find(grid, CYAN)
    out = grid
    for a in marks:
        for b in marks:
            if a < b and (a[0] == b[0] or a[1] == b[1]):
                out = line(out, a, b, GREEN)
    return overlay(out, grid, BLACK)
