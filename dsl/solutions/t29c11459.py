"""The two end cells of a row each grow to the middle, where they meet at a grey cell."""

from dsl import BLACK, GREY, fill_cells, height, line, width


def transform(grid):
    w = width(grid)
    mid = w // 2
    out = grid
    for r in range(height(grid)):
        if grid[r, 0] != BLACK:
            out = line(out, (r, 0), (r, mid - 1), grid[r, 0])
            out = line(out, (r, mid + 1), (r, w - 1), grid[r, w - 1])
            out = fill_cells(out, [(r, mid)], GREY)
    return out
