"""List the shapes' colours from largest shape to smallest, as a column."""

from dsl import BLACK, canvas, color, fill_cells, objects, size


def transform(grid):
    shapes = sorted(objects(grid, BLACK, diagonal=True), key=lambda o: -size(o))
    out = canvas(BLACK, len(shapes), 1)
    for i, shape in enumerate(shapes):
        out = fill_cells(out, [(i, 0)], color(shape))
    return out
