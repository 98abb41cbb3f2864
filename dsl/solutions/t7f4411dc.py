"""Keep only cells that belong to a filled 2x2 block; the stray pixels vanish."""

from dsl import canvas, count_color, crop, height, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = canvas(0, h, w)
    for r in range(h - 1):
        for c in range(w - 1):
            if count_color(crop(grid, r, c, 2, 2), 0) == 0:
                out = rect(out, r, c, 2, 2, grid[r, c])
    return out
