"""Crop the rectangle and flip it left-right."""

from dsl import mirror, trim


def transform(grid):
    return mirror(trim(grid, 0), "h")
