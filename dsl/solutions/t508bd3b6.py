"""Continue the cyan diagonal in green, bouncing once off the red wall."""

from dsl import CYAN, GREEN, RED, fill_cells, find, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    diag = find(grid, CYAN)
    a, b = diag[0], diag[-1]
    dr, dc = (b[0] > a[0]) * 2 - 1, (b[1] > a[1]) * 2 - 1
    if a[0] in (0, h - 1) or a[1] in (0, w - 1):
        (r, c) = b
    else:
        (r, c), dr, dc = a, -dr, -dc
    out = grid
    while _inside(grid, r + dr, c + dc):
        if grid[r + dr, c + dc] == RED:
            if _inside(grid, r + dr, c) and grid[r + dr, c] == RED:
                dr = -dr
            if _inside(grid, r, c + dc) and grid[r, c + dc] == RED:
                dc = -dc
        r, c = r + dr, c + dc
        out = fill_cells(out, [(r, c)], GREEN)
    return out


def _inside(grid, r, c):
    return 0 <= r < height(grid) and 0 <= c < width(grid)
