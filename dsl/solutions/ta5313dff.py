"""Fill the black cells enclosed by red walls with blue."""

from dsl import fill_enclosed


def transform(grid):
    return fill_enclosed(grid, 1, 0)
