"""Reflect the grid across its main diagonal."""

from dsl import mirror


def transform(grid):
    return mirror(grid, "d")
