"""Flip the grid upside down."""

from dsl import mirror


def transform(grid):
    return mirror(grid, "v")
