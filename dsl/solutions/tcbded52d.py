"""Where two blocks in a line share a marked cell, mark the same cell of the block between them."""

from dsl import fill_cells


def transform(grid):
    out = grid
    for i in range(3):
        for a in range(2):
            for b in range(2):
                r, c = 3 * i + a, 3 * i + b
                if grid[r, b] == grid[r, 6 + b] != 1:
                    out = fill_cells(out, [(r, 3 + b)], grid[r, b])
                if grid[a, c] == grid[6 + a, c] != 1:
                    out = fill_cells(out, [(3 + a, c)], grid[a, c])
    return out
