"""Colour the grey bars by length: longest blue, middle yellow, shortest red."""

from dsl import BLACK, BLUE, RED, YELLOW, objects, paint, recolor, size


def transform(grid):
    bars = sorted(objects(grid, BLACK), key=size)
    out = grid
    for bar, ink in zip(bars, [RED, YELLOW, BLUE], strict=True):
        out = paint(out, recolor(bar, ink))
    return out
