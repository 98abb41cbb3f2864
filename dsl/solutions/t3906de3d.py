"""Push the red bars straight up until they meet the blue shape."""

from dsl import BLACK, gravity


def transform(grid):
    return gravity(grid, "up", BLACK)
