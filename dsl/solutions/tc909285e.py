"""Cut out the square framed by the grid's rarest colour, frame included."""

from dsl import bbox, crop, from_grid, least_common, most_common, only


def transform(grid):
    bg = most_common(grid)
    return crop(grid, *bbox(from_grid(only(grid, least_common(grid), bg), bg)))
