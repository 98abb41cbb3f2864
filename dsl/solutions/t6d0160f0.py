"""Copy the 3x3 cell holding yellow into the cell position that yellow marks; clear the others."""

from dsl import YELLOW, count_color, crop, find, from_grid, paint, rect


def transform(grid):
    out = grid
    for r in range(0, 11, 4):
        for c in range(0, 11, 4):
            out = rect(out, r, c, 3, 3, 0)
    for r in range(0, 11, 4):
        for c in range(0, 11, 4):
            block = crop(grid, r, c, 3, 3)
            if count_color(block, YELLOW) > 0:
                yr, yc = find(block, YELLOW)[0]
                out = paint(out, from_grid(block, 0, yr * 4, yc * 4))
    return out
