"""Loose cells that match a wall's colour stick to that wall; the rest vanish."""

from dsl import BLACK, fill_cells, height, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    walls = {
        grid[0, 1]: "top",
        grid[h - 1, 1]: "bottom",
        grid[1, 0]: "left",
        grid[1, w - 1]: "right",
    }
    out = rect(grid, 1, 1, h - 2, w - 2, BLACK)
    for r in range(1, h - 1):
        for c in range(1, w - 1):
            v = grid[r, c]
            if v in walls:
                side = walls[v]
                spot = {"top": (1, c), "bottom": (h - 2, c), "left": (r, 1), "right": (r, w - 2)}
                out = fill_cells(out, [spot[side]], v)
    return out
