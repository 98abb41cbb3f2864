"""Output the largest shape."""

from dsl import objects, size, subgrid


def transform(grid):
    return subgrid(max(objects(grid, 0), key=size), 0)
