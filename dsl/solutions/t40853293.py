"""Join each pair of same-coloured cells with a line; vertical lines cross over horizontal ones."""

from dsl import find, line, palette


def transform(grid):
    pairs = [find(grid, v) for v in palette(grid) if v != 0]
    out = grid
    for a, b in [p for p in pairs if p[0][0] == p[1][0]] + [p for p in pairs if p[0][1] == p[1][1]]:
        out = line(out, a, b, grid[a])
    return out
