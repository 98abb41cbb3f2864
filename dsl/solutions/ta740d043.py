"""Cut out the shape from the blue background and turn the blue left inside it black."""

from dsl import replace, trim


def transform(grid):
    return replace(trim(grid, 1), 1, 0)
