"""Restore the hidden black patch of a symmetric picture and output what it covered."""

from dsl import bbox, crop, from_grid, only, symmetrize


def transform(grid):
    hole = from_grid(only(grid, 0, 1), 1)
    full = symmetrize(symmetrize(grid, "h", 0), "v", 0)
    return crop(full, *bbox(hole))
