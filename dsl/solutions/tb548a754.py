"""Stretch the framed box until it reaches the cyan marker."""

from dsl import bbox, canvas, find, height, objects, outline, rect, size, width


def transform(grid):
    box = max(objects(grid, 0, multicolor=True), key=size)
    top, left, h, w = bbox(box)
    frame, fill = grid[top, left], grid[top + 1, left + 1]
    mr, mc = find(grid, 8)[0]
    t, l = min(top, mr), min(left, mc)
    b, r = max(top + h - 1, mr), max(left + w - 1, mc)
    out = rect(canvas(0, height(grid), width(grid)), t, l, b - t + 1, r - l + 1, fill)
    return outline(out, t, l, b - t + 1, r - l + 1, frame)
