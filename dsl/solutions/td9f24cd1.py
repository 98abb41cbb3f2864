"""Red cells on the bottom row grow upward, stepping one column right around grey blocks."""

from dsl import GREY, RED, fill_cells, find, height


def transform(grid):
    h = height(grid)
    path = []
    for _, c in [cell for cell in find(grid, RED) if cell[0] == h - 1]:
        for r in range(h - 1, -1, -1):
            if r > 0 and grid[r - 1, c] == GREY:
                path = path + [(r, c)]
                c = c + 1
            path = path + [(r, c)]
    return fill_cells(grid, path, RED)
