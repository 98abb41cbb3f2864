"""Stretch the framed box until it reaches the cyan marker."""

from dsl import bbox, canvas, find, height, objects, outline, rect, size, width


def transform(grid):
    box = max(objects(grid, 0, multicolor=True), key=size)
    top, left, h, w = bbox(box)
    frame, fill = grid[top, left], grid[top + 1, left + 1]
    mr, mc = find(grid, 8)[0]
    new_top, new_left = min(top, mr), min(left, mc)
    new_h = max(top + h - 1, mr) - new_top + 1
    new_w = max(left + w - 1, mc) - new_left + 1
    out = rect(canvas(0, height(grid), width(grid)), new_top, new_left, new_h, new_w, fill)
    return outline(out, new_top, new_left, new_h, new_w, frame)
