"""List the colours of the largest shapes, left to right, as columns as tall as those shapes."""

from dsl import bbox, canvas, color, objects, rect, size


def transform(grid):
    shapes = objects(grid, 0)
    biggest = max(size(s) for s in shapes)
    chosen = sorted([s for s in shapes if size(s) == biggest], key=lambda s: bbox(s)[1])
    out = canvas(0, biggest, len(chosen))
    for i, s in enumerate(chosen):
        out = rect(out, 0, i, biggest, 1, color(s))
    return out
