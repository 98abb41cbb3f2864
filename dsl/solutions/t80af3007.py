"""The 3x3 pattern of blocks is drawn with copies of itself: a one-level fractal."""

from dsl import canvas, downscale, from_grid, paint, trim


def transform(grid):
    pattern = downscale(trim(grid, 0), 3)
    out = canvas(0, 9, 9)
    for r in range(3):
        for c in range(3):
            if pattern[r, c] != 0:
                out = paint(out, from_grid(pattern, 0, 3 * r, 3 * c))
    return out
