"""Restore the black holes in the repeating diagonal pattern."""

from dsl import fill_pattern


def transform(grid):
    return fill_pattern(grid, 0)
