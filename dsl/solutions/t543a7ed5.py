"""Frame each pink rectangle with green and fill its holes with yellow."""

from dsl import GREEN, PINK, YELLOW, bbox, fill_enclosed, objects, only, outline


def transform(grid):
    out = fill_enclosed(grid, YELLOW, grid[0, 0])
    for obj in objects(only(grid, PINK, 0), 0):
        top, left, h, w = bbox(obj)
        out = outline(out, top - 1, left - 1, h + 2, w + 2, GREEN)
    return out
