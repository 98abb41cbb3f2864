"""Place copies of the 3x3 shape in the 3x3 blocks that match its own cells: a one-level fractal."""

from dsl import bbox, canvas, crop, from_grid, objects, paint


def transform(grid):
    top, left, _, _ = bbox(objects(grid, 0, diagonal=True)[0])
    shape = crop(grid, top - top % 3, left - left % 3, 3, 3)
    out = canvas(0, 9, 9)
    for r in range(3):
        for c in range(3):
            if shape[r, c] != 0:
                out = paint(out, from_grid(shape, 0, 3 * r, 3 * c))
    return out
