"""Stack the grid's upside-down copy on top of the grid."""

from dsl import mirror, vconcat


def transform(grid):
    return vconcat(mirror(grid, "v"), grid)
