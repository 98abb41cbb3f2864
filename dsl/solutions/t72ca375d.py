"""Output the one shape that is left-right symmetric."""

from dsl import is_symmetric, objects, subgrid


def transform(grid):
    shapes = [subgrid(obj, 0) for obj in objects(grid, 0, diagonal=True)]
    return [s for s in shapes if is_symmetric(s, "h")][0]
