"""Cut out what lies inside the big rectangular frame."""

from dsl import BLACK, bbox, crop, objects


def transform(grid):
    frame = max(objects(grid, BLACK), key=lambda o: bbox(o)[2] * bbox(o)[3])
    top, left, h, w = bbox(frame)
    return crop(grid, top + 1, left + 1, h - 2, w - 2)
