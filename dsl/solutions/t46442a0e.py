"""Tile the grid 2x2 with quarter-turn rotations going clockwise round the square."""

from dsl import hconcat, rotate, vconcat


def transform(grid):
    top = hconcat(grid, rotate(grid, 1))
    bottom = hconcat(rotate(grid, 3), rotate(grid, 2))
    return vconcat(top, bottom)
