"""Mirror the coloured top rows onto the bottom of the grid."""

from dsl import mirror, overlay


def transform(grid):
    return overlay(grid, mirror(grid, "v"), 0)
