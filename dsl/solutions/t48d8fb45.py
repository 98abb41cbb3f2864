"""Cut out the shape that has the grey marker sitting on top of it."""

from dsl import GREY, cells, find, objects, replace, subgrid


def transform(grid):
    r, c = find(grid, GREY)[0]
    shapes = objects(replace(grid, GREY, 0), 0, diagonal=True)
    return subgrid([s for s in shapes if (r + 1, c) in cells(s)][0], 0)
