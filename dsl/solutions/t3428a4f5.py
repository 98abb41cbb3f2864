"""Mark in green the cells that are red in exactly one of the two halves."""

from dsl import BLACK, GREEN, combine, vsplit


def transform(grid):
    top, bottom = vsplit(grid, 2)
    return combine(top, bottom, "xor", GREEN, BLACK)
