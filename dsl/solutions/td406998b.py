"""Grey cells in every other column, counting from the right edge, turn green."""

from dsl import GREEN, GREY, fill_cells, find, width


def transform(grid):
    w = width(grid)
    return fill_cells(grid, [(r, c) for r, c in find(grid, GREY) if (w - 1 - c) % 2 == 0], GREEN)
