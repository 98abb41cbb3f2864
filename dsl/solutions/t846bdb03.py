"""Fit the shape between the frame's bars, flipped so each side meets its own colour."""

from dsl import YELLOW, crop, find, from_grid, mirror, paint, rect, trim


def transform(grid):
    corners = find(grid, YELLOW)
    top, left = corners[0]
    bottom, right = corners[-1]
    h, w = bottom - top + 1, right - left + 1
    frame = crop(grid, top, left, h, w)
    shape = trim(rect(grid, top, left, h, w, 0), 0)
    if all(shape[r, 0] != frame[1, 0] for r in range(h - 2)):
        shape = mirror(shape, "h")
    return paint(frame, from_grid(shape, 0, 1, 1))
