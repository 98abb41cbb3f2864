"""Overlay the two halves; any cell coloured in either half becomes pink."""

from dsl import BLACK, PINK, combine, hsplit


def transform(grid):
    left, right = hsplit(grid, 2)
    return combine(left, right, "or", PINK, BLACK)
