"""Return the smallest of the overlapping rectangles."""

from dsl import BLACK, objects, size, subgrid


def transform(grid):
    return subgrid(min(objects(grid, BLACK), key=size), BLACK)
