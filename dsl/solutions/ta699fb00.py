"""Fill the gap between two horizontally paired blue cells with red."""

from dsl import fill_cells, find, width


def transform(grid):
    gaps = [(r, c + 1) for r, c in find(grid, 1) if c + 2 < width(grid) and grid[r, c + 2] == 1]
    return fill_cells(grid, gaps, 2)
