"""Stack the 3x3 neighbourhoods of every grey cell into one 3x3 picture."""

from dsl import BLACK, GREY, canvas, crop, find, overlay


def transform(grid):
    out = canvas(BLACK, 3, 3)
    for r, c in find(grid, GREY):
        out = overlay(out, crop(grid, r - 1, c - 1, 3, 3), BLACK)
    return out
