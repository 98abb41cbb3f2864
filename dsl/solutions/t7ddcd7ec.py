"""The single cells touching the square's corners extend as diagonal rays away from it."""

from dsl import bbox, cells, color, objects, ray, size


def transform(grid):
    shapes = objects(grid, 0)
    top, left, _, _ = bbox(max(shapes, key=size))
    out = grid
    for obj in shapes:
        if size(obj) == 1:
            r, c = cells(obj)[0]
            heading = ("up" if r < top else "down") + "-" + ("left" if c < left else "right")
            out = ray(out, (r, c), heading, color(obj))
    return out
