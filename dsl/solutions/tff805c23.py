"""Restore the symmetric picture under the blue patch and output what was hidden."""

from dsl import BLUE, crop, find, symmetrize


def transform(grid):
    patch = find(grid, BLUE)
    full = grid
    for axis in ("h", "v", "d", "a"):
        full = symmetrize(full, axis, BLUE)
    (top, left), (bottom, right) = patch[0], patch[-1]
    return crop(full, top, left, bottom - top + 1, right - left + 1)
