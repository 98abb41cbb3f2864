"""Bounce a blue diagonal from the bottom-left cell up the grid between the side walls."""

from dsl import canvas, fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    span = 2 * (w - 1)
    out = canvas(0, h, w)
    for k in range(h):
        pos = k % span
        out = fill_cells(out, [(h - 1 - k, min(pos, span - pos))], 1)
    return out
