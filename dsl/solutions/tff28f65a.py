"""Count the red squares and tally them as blue cells on a 3x3 dice-like pattern."""

from dsl import BLACK, BLUE, canvas, fill_cells, objects


def transform(grid):
    n = len(objects(grid, BLACK))
    spots = [(0, 0), (0, 2), (1, 1), (2, 0), (2, 2)]
    return fill_cells(canvas(BLACK, 3, 3), spots[:n], BLUE)
