"""Draw a red anti-diagonal from the top-right corner and a yellow bottom row by the left column."""

from dsl import RED, YELLOW, height, line, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = line(grid, (0, w - 1), (h - 2, 1), RED)
    return line(out, (h - 1, 1), (h - 1, w - 1), YELLOW)
