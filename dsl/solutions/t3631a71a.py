"""Restore the brown-covered cells of a picture symmetric about row and column 15.5."""

from dsl import BROWN, canvas, crop, from_grid, paint, symmetrize


def transform(grid):
    full = paint(canvas(BROWN, 32, 32), from_grid(grid, BROWN))
    for axis in ("h", "v", "d", "h", "v"):
        full = symmetrize(full, axis, BROWN)
    return crop(full, 0, 0, 30, 30)
