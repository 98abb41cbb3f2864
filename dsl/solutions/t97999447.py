"""Each coloured cell extends right to the edge, alternating with grey."""

from dsl import GREY, fill_cells, find, palette, width


def transform(grid):
    out = grid
    for k in palette(grid)[1:]:
        for r, c in find(grid, k):
            for i, col in enumerate(range(c, width(grid))):
                out = fill_cells(out, [(r, col)], k if i % 2 == 0 else GREY)
    return out
