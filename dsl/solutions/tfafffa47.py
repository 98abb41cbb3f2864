"""Mark in red the cells empty in both the top and the bottom half."""

from dsl import BLACK, RED, combine, vsplit


def transform(grid):
    top, bottom = vsplit(grid, 2)
    return combine(top, bottom, "nor", RED, BLACK)
