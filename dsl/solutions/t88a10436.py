"""Stamp a copy of the small shape centred on the grey cell."""

from dsl import GREY, find, from_grid, objects, paint, replace, subgrid


def transform(grid):
    r, c = find(grid, GREY)[0]
    clean = replace(grid, GREY, 0)
    shape = subgrid(objects(clean, 0, multicolor=True)[0], 0)
    return paint(clean, from_grid(shape, 0, r - 1, c - 1))
