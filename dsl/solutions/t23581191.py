"""Both cells draw their full row and column; crossings of the two colours turn red."""

from dsl import CYAN, ORANGE, RED, fill_cells, find, height, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    (r1, c1), (r2, c2) = find(grid, CYAN)[0], find(grid, ORANGE)[0]
    out = grid
    for r, c, colour in ((r1, c1, CYAN), (r2, c2, ORANGE)):
        out = rect(rect(out, r, 0, 1, w, colour), 0, c, h, 1, colour)
    return fill_cells(out, [(r1, c2), (r2, c1)], RED)
