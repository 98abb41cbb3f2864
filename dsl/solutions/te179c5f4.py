"""The blue cell in the bottom-left bounces diagonally upward off the walls over a cyan field."""

from dsl import BLUE, CYAN, canvas, fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    span = 2 * (w - 1)
    path = []
    for k in range(h):
        m = k % span
        path = path + [(h - 1 - k, m if m < w else span - m)]
    return fill_cells(canvas(CYAN, h, w), path, BLUE)
