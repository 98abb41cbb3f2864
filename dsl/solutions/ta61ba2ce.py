"""Assemble the four L-shaped corners into a 4x4 square, each in the corner it points to."""

from dsl import canvas, cells, from_grid, normalize, objects, paint, subgrid


def transform(grid):
    out = canvas(0, 4, 4)
    for corner in objects(grid, 0):
        present = cells(normalize(corner))
        mr, mc = [p for p in [(0, 0), (0, 1), (1, 0), (1, 1)] if p not in present][0]
        out = paint(out, from_grid(subgrid(corner, 0), 0, 2 - 2 * mr, 2 - 2 * mc))
    return out
