"""Mark in green the cells filled in exactly one of the two halves."""

from dsl import GREEN, combine, vsplit


def transform(grid):
    top, bottom = vsplit(grid, 2)
    return combine(top, bottom, "xor", GREEN, 0)
