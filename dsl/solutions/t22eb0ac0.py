"""Join the two end cells of a row with a full line when they have the same colour."""

from dsl import BLACK, height, line, width


def transform(grid):
    out = grid
    w = width(grid)
    for r in range(height(grid)):
        if grid[r, 0] != BLACK and grid[r, 0] == grid[r, w - 1]:
            out = line(out, (r, 0), (r, w - 1), grid[r, 0])
    return out
