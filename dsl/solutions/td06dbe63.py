"""Draw grey staircases from the cyan cell: up-right and down-left, two steps per stair."""

from dsl import CYAN, GREY, fill_cells, find


def transform(grid):
    r, c = find(grid, CYAN)[0]
    steps = []
    for k in range(15):
        a, b = r - 2 * k, c + 2 * k
        steps = steps + [(a - 1, b), (a - 2, b), (a - 2, b + 1), (a - 2, b + 2)]
        a, b = r + 2 * k, c - 2 * k
        steps = steps + [(a + 1, b), (a + 2, b), (a + 2, b - 1), (a + 2, b - 2)]
    return fill_cells(grid, steps, GREY)
