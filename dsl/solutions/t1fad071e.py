"""Count the blue 2x2 squares and show the count as blue cells in a 1x5 strip."""

from dsl import BLACK, BLUE, canvas, color, objects, rect, size


def transform(grid):
    n = len([o for o in objects(grid, BLACK) if color(o) == BLUE and size(o) == 4])
    return rect(canvas(BLACK, 1, 5), 0, 0, 1, n, BLUE)
