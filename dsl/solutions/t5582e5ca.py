"""Fill the grid with its most common colour."""

from dsl import canvas, height, most_common, width


def transform(grid):
    return canvas(most_common(grid), height(grid), width(grid))
