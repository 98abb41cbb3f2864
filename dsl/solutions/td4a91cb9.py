"""Join the cyan cell to the red cell with a yellow elbow: down/up first, then across."""

from dsl import CYAN, RED, YELLOW, fill_cells, find, line


def transform(grid):
    a, b = find(grid, CYAN)[0], find(grid, RED)[0]
    out = line(grid, a, (b[0], a[1]), YELLOW)
    out = line(out, (b[0], a[1]), b, YELLOW)
    return fill_cells(fill_cells(out, [a], CYAN), [b], RED)
