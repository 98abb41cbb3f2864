"""Red cells draw full columns; blue and green cells then draw full rows over them."""

from dsl import BLUE, GREEN, RED, find, height, rect, width


def transform(grid):
    out = grid
    for _, c in find(grid, RED):
        out = rect(out, 0, c, height(grid), 1, RED)
    for colour in (BLUE, GREEN):
        for r, _ in find(grid, colour):
            out = rect(out, r, 0, 1, width(grid), colour)
    return out
