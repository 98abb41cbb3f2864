"""From the seed, draw every other column, linked alternately top and bottom by grey."""

from dsl import GREY, fill_cells, find, height, line, palette, width


def transform(grid):
    h, w = height(grid), width(grid)
    k = palette(grid)[1]
    start = find(grid, k)[0][1]
    out = grid
    for i, col in enumerate(range(start, w, 2)):
        out = line(out, (0, col), (h - 1, col), k)
        out = fill_cells(out, [(0 if i % 2 == 0 else h - 1, col + 1)], GREY)
    return out
