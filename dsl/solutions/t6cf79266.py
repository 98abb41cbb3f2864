"""Fill 3x3 all-black squares with blue, scanning in reading order without overlaps."""

from dsl import BLUE, count_color, crop, height, rect, width


def transform(grid):
    out = grid
    for r in range(height(grid) - 2):
        for c in range(width(grid) - 2):
            if count_color(crop(out, r, c, 3, 3), 0) == 9:
                out = rect(out, r, c, 3, 3, BLUE)
    return out
