"""Ring the crossing point of the two lines with yellow."""

from dsl import YELLOW, count_color, crop, fill_cells, height, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    r = [r for r in range(h) if count_color(crop(grid, r, 0, 1, w), 0) == 0][0]
    c = [c for c in range(w) if count_color(crop(grid, 0, c, h, 1), 0) == 0][0]
    return fill_cells(rect(grid, r - 1, c - 1, 3, 3, YELLOW), [(r, c)], grid[r, c])
