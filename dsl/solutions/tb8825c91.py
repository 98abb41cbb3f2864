"""Repair the yellow patches of the symmetric picture from their mirror images."""

from dsl import symmetrize


def transform(grid):
    return symmetrize(symmetrize(grid, "h", 4), "v", 4)
