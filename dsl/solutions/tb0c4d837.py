"""Count the empty rows above the cyan in the grey cup; snake that many cyan cells into 3x3."""

from dsl import canvas, fill_cells, find


def transform(grid):
    n = find(grid, 8)[0][0] - find(grid, 5)[0][0]
    snake = [(0, 0), (0, 1), (0, 2), (1, 2), (1, 1), (1, 0), (2, 0), (2, 1), (2, 2)]
    return fill_cells(canvas(0, 3, 3), snake[:n], 8)
