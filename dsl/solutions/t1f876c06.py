"""Join each pair of equal-coloured cells with a diagonal line."""

from dsl import BLACK, find, line, palette


def transform(grid):
    out = grid
    for colour in palette(grid):
        if colour != BLACK:
            ends = find(grid, colour)
            out = line(out, ends[0], ends[-1], colour)
    return out
