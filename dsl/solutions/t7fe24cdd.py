"""Arrange four quarter-turn rotations of the grid in a 2x2 pinwheel."""

from dsl import hconcat, rotate, vconcat


def transform(grid):
    top = hconcat(grid, rotate(grid, 1))
    bottom = hconcat(rotate(grid, 3), rotate(grid, 2))
    return vconcat(top, bottom)
