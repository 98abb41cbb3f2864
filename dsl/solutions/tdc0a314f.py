"""Restore the symmetric pattern under the green patch and output what was hidden."""

from dsl import GREEN, crop, find, symmetrize


def transform(grid):
    patch = find(grid, GREEN)
    full = grid
    for axis in ("h", "v", "d", "a"):
        full = symmetrize(full, axis, GREEN)
    (top, left), (bottom, right) = patch[0], patch[-1]
    return crop(full, top, left, bottom - top + 1, right - left + 1)
