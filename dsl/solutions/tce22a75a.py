"""Replace each grey dot by a blue 3x3 square centred on it."""

from dsl import canvas, find, height, rect, width


def transform(grid):
    out = canvas(0, height(grid), width(grid))
    for r, c in find(grid, 5):
        out = rect(out, r - 1, c - 1, 3, 3, 1)
    return out
