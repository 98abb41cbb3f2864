"""Blue cells inside the cyan patch's bounding box turn green."""

from dsl import BLACK, BLUE, CYAN, GREEN, bbox, crop, from_grid, only, paint, replace


def transform(grid):
    top, left, h, w = bbox(from_grid(only(grid, CYAN, BLACK), BLACK))
    window = replace(crop(grid, top, left, h, w), BLUE, GREEN)
    return paint(grid, from_grid(window, BLACK, top, left))
