"""Each coloured cell of the 3x3 input places a copy of the input in its 3x3 block."""

from dsl import canvas, from_grid, height, paint, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = canvas(0, h * h, w * w)
    for r in range(h):
        for c in range(w):
            if grid[r, c] != 0:
                out = paint(out, from_grid(grid, 0, r * h, c * w))
    return out
