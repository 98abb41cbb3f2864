"""Draw a rectangle in the shape's colour just inside the four grey markers."""

from dsl import GREY, color, find, objects, outline, size


def transform(grid):
    dots = find(grid, GREY)
    top = min(r for r, _ in dots) + 1
    bottom = max(r for r, _ in dots) - 1
    left = min(c for _, c in dots) + 1
    right = max(c for _, c in dots) - 1
    k = color(max(objects(grid, 0), key=size))
    return outline(grid, top, left, bottom - top + 1, right - left + 1, k)
