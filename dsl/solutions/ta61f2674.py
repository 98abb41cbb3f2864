"""Colour the tallest grey bar blue and the shortest red; erase the rest."""

from dsl import canvas, height, objects, paint, recolor, size, width


def transform(grid):
    bars = sorted(objects(grid, 0), key=size)
    out = canvas(0, height(grid), width(grid))
    return paint(paint(out, recolor(bars[-1], 1)), recolor(bars[0], 2))
