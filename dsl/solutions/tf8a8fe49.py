"""Flip each grey piece out across the nearer red wall of its bracket."""

from dsl import BLACK, GREY, RED, fill_cells, find, height, mirror, only, width


def flip_out(grid):
    w = width(grid)
    walls = [r for r in range(height(grid)) if sum(grid[r, c] == RED for c in range(w)) > 2]
    out = only(grid, RED, BLACK)
    for r, c in find(grid, GREY):
        wall = min(walls, key=lambda k: abs(k - r))
        out = fill_cells(out, [(2 * wall - r, c)], GREY)
    return out


def transform(grid):
    h, w = height(grid), width(grid)
    rows = max(sum(grid[r, c] == RED for c in range(w)) for r in range(h))
    cols = max(sum(grid[r, c] == RED for r in range(h)) for c in range(w))
    if rows >= cols:
        return flip_out(grid)
    return mirror(flip_out(mirror(grid, "d")), "d")
