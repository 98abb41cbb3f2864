"""The blue shape has four-fold turning symmetry; draw its missing left part in red."""

from dsl import BLACK, RED, bbox, combine, crop, from_grid, paint, rotate


def transform(grid):
    top, left, h, w = bbox(from_grid(grid, BLACK))
    left = left + w - h
    square = crop(grid, top, left, h, h)
    missing = combine(rotate(square, 1), square, "left", RED, BLACK)
    return paint(grid, from_grid(missing, BLACK, top, left))
