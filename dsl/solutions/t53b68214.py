"""Continue the pattern downwards, with its row period and sideways drift, to fill a 10x10 grid."""

from dsl import canvas, from_grid, height, overlay, paint, shift, width


def transform(grid):
    h, w = height(grid), width(grid)
    dp, s = [(dp, s) for dp in range(1, h) for s in range(w) if _repeats(grid, dp, s)][0]
    out = paint(canvas(0, 10, w), from_grid(grid, 0))
    for _ in range(10):
        out = overlay(out, shift(out, dp, s, 0), 0)
    return out


def _repeats(grid, dp, s):
    h, w = height(grid), width(grid)
    moved = shift(grid, dp, s, 0)
    return all(grid[r, c] == moved[r, c] for r in range(dp, h) for c in range(w))
