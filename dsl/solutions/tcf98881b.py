"""Stack the three panels with yellow on top of brown on top of blue."""

from dsl import BLACK, hsplit, overlay


def transform(grid):
    yellow, brown, blue = hsplit(grid, 3)
    return overlay(overlay(blue, brown, BLACK), yellow, BLACK)
