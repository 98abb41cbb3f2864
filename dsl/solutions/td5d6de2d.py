"""Replace each hollow red frame by its green-filled hole; drop the solid shapes."""

from dsl import BLACK, GREEN, bbox, canvas, height, objects, rect, width


def transform(grid):
    out = canvas(BLACK, height(grid), width(grid))
    for obj in objects(grid, BLACK):
        top, left, h, w = bbox(obj)
        if h > 2 and w > 2:
            out = rect(out, top + 1, left + 1, h - 2, w - 2, GREEN)
    return out
