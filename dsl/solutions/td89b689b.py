"""The four scattered cells move into the cyan 2x2 square, each in the quadrant facing it."""

from dsl import BLACK, CYAN, canvas, fill_cells, find, height, width


def transform(grid):
    top, left = find(grid, CYAN)[0]
    out = canvas(BLACK, height(grid), width(grid))
    for r in range(height(grid)):
        for c in range(width(grid)):
            if grid[r, c] not in (BLACK, CYAN):
                spot = (top + (r > top), left + (c > left))
                out = fill_cells(out, [spot], grid[r, c])
    return out
