"""Mirror the grid into a 2x2 arrangement: left-right, then top-bottom."""

from dsl import hconcat, mirror, vconcat


def transform(grid):
    top = hconcat(grid, mirror(grid, "h"))
    return vconcat(top, mirror(top, "v"))
