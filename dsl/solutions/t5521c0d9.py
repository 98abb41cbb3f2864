"""Lift every object by its own height."""

from dsl import bbox, canvas, height, move, objects, paint, width


def transform(grid):
    out = canvas(0, height(grid), width(grid))
    for obj in objects(grid, 0):
        out = paint(out, move(obj, -bbox(obj)[2], 0))
    return out
