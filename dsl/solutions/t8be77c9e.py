"""Append the upside-down mirror image of the grid below it."""

from dsl import mirror, vconcat


def transform(grid):
    return vconcat(grid, mirror(grid, "v"))
