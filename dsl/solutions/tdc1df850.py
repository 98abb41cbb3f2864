"""Ring every red cell with blue."""

from dsl import BLACK, BLUE, RED, fill_cells, find, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    ring = [(r + a, c + b) for r, c in find(grid, RED) for a in (-1, 0, 1) for b in (-1, 0, 1)]
    ring = [(r, c) for r, c in ring if 0 <= r < h and 0 <= c < w and grid[r, c] == BLACK]
    return fill_cells(grid, ring, BLUE)
