"""Mark in green the cells empty on both sides of the blue divider."""

from dsl import BLACK, GREEN, combine, hsplit


def transform(grid):
    left, right = hsplit(grid, 2)
    return combine(left, right, "nor", GREEN, BLACK)
