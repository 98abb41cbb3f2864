"""Fill the holes enclosed by green outlines with yellow."""

from dsl import BLACK, YELLOW, fill_enclosed


def transform(grid):
    return fill_enclosed(grid, YELLOW, BLACK)
