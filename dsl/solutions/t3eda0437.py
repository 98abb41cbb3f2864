"""Fill the largest all-black rectangle at least 2x2 with pink."""

from dsl import PINK, count_color, crop, height, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    best = (0, 0, 0, 0, 0)
    for top in range(h):
        for left in range(w):
            for rh in range(2, h - top + 1):
                for rw in range(2, w - left + 1):
                    black = count_color(crop(grid, top, left, rh, rw), 0) == rh * rw
                    if rh * rw > best[0] and black:
                        best = (rh * rw, top, left, rh, rw)
    _, top, left, rh, rw = best
    return rect(grid, top, left, rh, rw, PINK)
