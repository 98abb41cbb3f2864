"""Count the blue cells and fill that many red cells along the top row, then the centre."""

from dsl import BLUE, RED, canvas, count_color, fill_cells


def transform(grid):
    n = count_color(grid, BLUE)
    return fill_cells(canvas(0, 3, 3), [(0, 0), (0, 1), (0, 2), (1, 1)][:n], RED)
