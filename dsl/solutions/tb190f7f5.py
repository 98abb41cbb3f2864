"""Stamp the cyan shape, in each cell's colour, at every coloured cell of the other half."""

from dsl import canvas, count_color, from_grid, height, hsplit, paint, recolor, vsplit, width


def transform(grid):
    halves = hsplit(grid, 2) if width(grid) > height(grid) else vsplit(grid, 2)
    mask, colours = sorted(halves, key=lambda g: -count_color(g, 8))
    n = height(mask)
    out = canvas(0, n * n, n * n)
    for r in range(n):
        for c in range(n):
            if colours[r, c] != 0:
                out = paint(out, recolor(from_grid(mask, 0, r * n, c * n), colours[r, c]))
    return out
