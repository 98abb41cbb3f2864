"""Report, as a single cell, the colour of the rectangle that has a hole."""

from dsl import canvas, color, count_color, fill_enclosed, objects, size, subgrid


def transform(grid):
    for o in objects(grid, 0):
        if count_color(fill_enclosed(subgrid(o, 0), color(o), 0), color(o)) > size(o):
            return canvas(color(o), 1, 1)
