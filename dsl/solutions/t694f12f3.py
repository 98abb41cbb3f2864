"""Fill the inside of the larger yellow rectangle with red and the smaller with blue."""

from dsl import BLUE, RED, bbox, objects, rect, size


def transform(grid):
    small, big = sorted(objects(grid, 0), key=size)
    out = grid
    for obj, colour in ((small, BLUE), (big, RED)):
        top, left, h, w = bbox(obj)
        out = rect(out, top + 1, left + 1, h - 2, w - 2, colour)
    return out
