"""Colour the grey bars by height rank: tallest blue, then red, green, yellow."""

from dsl import BLACK, BLUE, GREEN, RED, YELLOW, objects, paint, recolor, size


def transform(grid):
    bars = sorted(objects(grid, BLACK), key=size, reverse=True)
    out = grid
    for bar, colour in zip(bars, [BLUE, RED, GREEN, YELLOW], strict=False):
        out = paint(out, recolor(bar, colour))
    return out
