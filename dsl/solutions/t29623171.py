"""Fill the panels holding the most coloured cells solid with that colour; clear all the others."""

from dsl import BLACK, GREY, count_color, palette, partition, rect


def transform(grid):
    panels = partition(grid)
    colour = [c for c in palette(grid) if c not in (BLACK, GREY)][0]
    most = max(count_color(p, colour) for row in panels for p in row)
    out = grid
    for i, row in enumerate(panels):
        for j, p in enumerate(row):
            out = rect(out, i * 4, j * 4, 3, 3, colour if count_color(p, colour) == most else BLACK)
    return out
