"""Recolour the shape with the colour of the bottom-left marker, and drop the marker."""

from dsl import fill_cells, height, most_common, replace, trim


def transform(grid):
    marker = grid[height(grid) - 1, 0]
    out = fill_cells(grid, [(height(grid) - 1, 0)], 0)
    return replace(out, most_common(trim(out, 0)), marker)
