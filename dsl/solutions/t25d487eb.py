"""The odd cell at the arrow's base shoots a ray of its colour through the tip over empty cells."""

from dsl import BLACK, bbox, find, from_grid, least_common, overlay, ray


def transform(grid):
    top, left, h, w = bbox(from_grid(grid, BLACK))
    colour = least_common(grid)
    r, c = find(grid, colour)[0]
    heading = "down" if r == top else "up" if r == top + h - 1 else "right" if c == left else "left"
    return overlay(ray(grid, (r, c), heading, colour), grid, BLACK)
