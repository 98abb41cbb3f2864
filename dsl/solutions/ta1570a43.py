"""Move the red shape so it sits just inside the frame of four green corner marks."""

from dsl import bbox, find, from_grid, move, only, paint, replace


def transform(grid):
    shape = from_grid(only(grid, 2, 0), 0)
    top, left, _, _ = bbox(shape)
    corner_r, corner_c = find(grid, 3)[0]
    return paint(replace(grid, 2, 0), move(shape, corner_r + 1 - top, corner_c + 1 - left))
