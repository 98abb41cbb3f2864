"""Mirror the bottom half of the grid into the top half."""

from dsl import crop, height, mirror, vconcat, width


def transform(grid):
    half = height(grid) // 2
    bottom = crop(grid, half, 0, half, width(grid))
    return vconcat(mirror(bottom, "v"), bottom)
