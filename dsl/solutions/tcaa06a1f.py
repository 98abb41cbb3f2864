"""Extend the repeating pattern over the whole grid, shifted one step to the left."""

from dsl import fill_pattern, height, shift, width


def transform(grid):
    noise = grid[height(grid) - 1, width(grid) - 1]
    full = fill_pattern(grid, noise)
    return fill_pattern(shift(full, 0, -1, noise), noise)
