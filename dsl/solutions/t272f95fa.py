"""Colour the middle panels: top red, left yellow, centre pink, right green, bottom blue."""

from dsl import BLUE, CYAN, GREEN, PINK, RED, YELLOW, height, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    r1, r2 = [r for r in range(h) if all(grid[r, c] == CYAN for c in range(w))]
    c1, c2 = [c for c in range(w) if all(grid[r, c] == CYAN for r in range(h))]
    out = rect(grid, 0, c1 + 1, r1, c2 - c1 - 1, RED)
    out = rect(out, r2 + 1, c1 + 1, h - r2 - 1, c2 - c1 - 1, BLUE)
    out = rect(out, r1 + 1, 0, r2 - r1 - 1, c1, YELLOW)
    out = rect(out, r1 + 1, c2 + 1, r2 - r1 - 1, w - c2 - 1, GREEN)
    return rect(out, r1 + 1, c1 + 1, r2 - r1 - 1, c2 - c1 - 1, PINK)
