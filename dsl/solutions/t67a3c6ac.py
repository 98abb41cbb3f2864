"""Mirror the grid left to right."""

from dsl import mirror


def transform(grid):
    return mirror(grid, "h")
