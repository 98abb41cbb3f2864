"""The grid is a pattern repeated twice along its long side: keep one copy."""

from dsl import height, hsplit, vsplit, width


def transform(grid):
    if width(grid) > height(grid):
        return hsplit(grid, 2)[0]
    return vsplit(grid, 2)[0]
