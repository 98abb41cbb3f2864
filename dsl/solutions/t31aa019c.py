"""Keep only the cell whose colour occurs once, ringed by red on an otherwise empty grid."""

from dsl import BLACK, RED, canvas, count_color, fill_cells, find, height, outline, palette, width


def transform(grid):
    colour = [c for c in palette(grid) if count_color(grid, c) == 1][0]
    r, c = find(grid, colour)[0]
    out = outline(canvas(BLACK, height(grid), width(grid)), r - 1, c - 1, 3, 3, RED)
    return fill_cells(out, [(r, c)], colour)
