"""Cut out the shape holding the cyan cell, painting that cell in the shape's own colour."""

from dsl import CYAN, color, find, objects, replace, subgrid


def transform(grid):
    shapes = objects(grid, 0, diagonal=True, multicolor=True)
    marked = [s for s in shapes if find(subgrid(s, 0), CYAN)][0]
    return replace(subgrid(marked, 0), CYAN, color(marked))
