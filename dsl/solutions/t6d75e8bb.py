"""Fill the empty cells of the shape's bounding box with red."""

from dsl import RED, bbox, objects, overlay, rect


def transform(grid):
    top, left, h, w = bbox(objects(grid, 0)[0])
    return overlay(rect(grid, top, left, h, w, RED), grid, 0)
