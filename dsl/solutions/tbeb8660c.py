"""Stack the bars right-aligned at the bottom, longest lowest."""

from dsl import canvas, color, height, objects, rect, size, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = canvas(0, h, w)
    for i, bar in enumerate(sorted(objects(grid, 0), key=lambda b: -size(b))):
        out = rect(out, h - 1 - i, w - size(bar), 1, size(bar), color(bar))
    return out
