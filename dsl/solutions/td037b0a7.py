"""Every coloured cell drips its colour down to the bottom edge."""

from dsl import height, ray, width


def transform(grid):
    out = grid
    for r in range(height(grid)):
        for c in range(width(grid)):
            if grid[r, c] != 0:
                out = ray(out, (r, c), "down", grid[r, c])
    return out
