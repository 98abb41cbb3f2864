"""Mirror the cyan pattern to the side that the yellow shape's top cell points to."""

from dsl import YELLOW, crop, from_grid, mirror, paint


def transform(grid):
    flipped = mirror(crop(grid, 0, 3, 3, 3), "h")
    left = 0 if grid[3, 3] == YELLOW else 6
    return paint(grid, from_grid(flipped, 0, 0, left))
