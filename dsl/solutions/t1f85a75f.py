"""Crop out the largest shape among the noise."""

from dsl import BLACK, objects, size, subgrid


def transform(grid):
    return subgrid(max(objects(grid, BLACK), key=size), BLACK)
