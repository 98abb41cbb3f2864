"""Shoot each cell of the strip diagonally up-right across a square 5 x (number of colours) wide."""

from dsl import BLACK, canvas, line, width


def transform(grid):
    inks = [c for c in range(width(grid)) if grid[0, c] != BLACK]
    n = width(grid) * len(inks)
    out = canvas(BLACK, n, n)
    for c in inks:
        out = line(out, (n - 1, c), (c, n - 1), grid[0, c])
    return out
