"""Mark in red the cells that are blue in both halves either side of the grey divider."""

from dsl import BLACK, RED, combine, hsplit


def transform(grid):
    left, right = hsplit(grid, 2)
    return combine(left, right, "and", RED, BLACK)
