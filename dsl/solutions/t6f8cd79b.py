"""Draw a cyan border around the empty grid."""

from dsl import CYAN, height, outline, width


def transform(grid):
    return outline(grid, 0, 0, height(grid), width(grid), CYAN)
