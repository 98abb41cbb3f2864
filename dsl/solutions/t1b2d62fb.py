"""Mark in cyan the cells empty in both halves either side of the blue divider."""

from dsl import BLACK, CYAN, combine, hsplit


def transform(grid):
    left, right = hsplit(grid, 2)
    return combine(left, right, "nor", CYAN, BLACK)
