"""Scale the small shape up to fill the inside of the red square frame."""

from dsl import RED, bbox, color, from_grid, objects, paint, subgrid, upscale


def transform(grid):
    shapes = objects(grid, 0, diagonal=True)
    frame = [o for o in shapes if color(o) == RED][0]
    shape = subgrid([o for o in shapes if color(o) != RED][0], 0)
    n = bbox(frame)[2]
    return paint(subgrid(frame, 0), from_grid(upscale(shape, (n - 2) // 3), 0, 1, 1))
