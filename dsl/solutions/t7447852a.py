"""Along the red zigzag, colour every third black region yellow, starting from the left."""

from dsl import YELLOW, bbox, objects, paint, recolor


def transform(grid):
    regions = sorted(objects(grid, 2), key=lambda o: bbox(o)[1])
    out = grid
    for i in range(0, len(regions), 3):
        out = paint(out, recolor(regions[i], YELLOW))
    return out
