"""Each brown square gets a green halo half its size and a blue trail down to the bottom."""

from dsl import BLACK, BLUE, GREEN, bbox, height, objects, paint, rect


def square(obj):
    top, left, h, w = bbox(obj)
    s = max(h, w)
    return (top + h - s if top == 0 else top), (left + w - s if left == 0 else left), s


def transform(grid):
    squares = [square(obj) for obj in objects(grid, BLACK)]
    out = grid
    for top, left, s in squares:
        out = rect(out, top + s, left, height(grid), s, BLUE)
    for top, left, s in squares:
        out = rect(out, top - s // 2, left - s // 2, 2 * s, 2 * s, GREEN)
    for obj in objects(grid, BLACK):
        out = paint(out, obj)
    return out
