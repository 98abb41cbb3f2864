"""Output a 2x2 square in the colour of the largest rectangle frame."""

from dsl import bbox, canvas, color, objects


def transform(grid):
    biggest = max(objects(grid, 0), key=lambda obj: bbox(obj)[2] * bbox(obj)[3])
    return canvas(color(biggest), 2, 2)
