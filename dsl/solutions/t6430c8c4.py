"""Mark with green the cells empty in both the top and the bottom half."""

from dsl import GREEN, combine, vsplit


def transform(grid):
    top, bottom = vsplit(grid, 2)
    return combine(top, bottom, "nor", GREEN, 0)
