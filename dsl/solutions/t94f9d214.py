"""Mark in red the cells that are empty in both the top and the bottom half."""

from dsl import RED, combine, vsplit


def transform(grid):
    top, bottom = vsplit(grid, 2)
    return combine(top, bottom, "nor", RED, 0)
