"""The colour of the scribble picks a grey glyph: red a T, blue a plus, green an L corner."""

from dsl import BLACK, BLUE, GREY, RED, canvas, fill_cells, palette


def transform(grid):
    shapes = {
        RED: [(0, 0), (0, 1), (0, 2), (1, 1), (2, 1)],
        BLUE: [(0, 1), (1, 0), (1, 1), (1, 2), (2, 1)],
    }
    corner = [(0, 2), (1, 2), (2, 0), (2, 1), (2, 2)]
    ink = max(palette(grid))
    return fill_cells(canvas(BLACK, 3, 3), shapes[ink] if ink in shapes else corner, GREY)
