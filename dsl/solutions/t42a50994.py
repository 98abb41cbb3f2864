"""Delete every cell that has no same-coloured neighbour, diagonals included."""

from dsl import canvas, height, objects, paint, size, width


def transform(grid):
    out = canvas(0, height(grid), width(grid))
    for obj in objects(grid, 0, diagonal=True):
        if size(obj) > 1:
            out = paint(out, obj)
    return out
