"""Let every coloured cell fall to the bottom."""

from dsl import BLACK, gravity


def transform(grid):
    return gravity(grid, "down", BLACK)
