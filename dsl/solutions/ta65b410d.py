"""Stack a growing green staircase above the red bar and a shrinking blue one below it."""

from dsl import find, height, rect


def transform(grid):
    bar = find(grid, 2)
    row, n = bar[0][0], len(bar)
    out = grid
    for k in range(1, row + 1):
        out = rect(out, row - k, 0, 1, n + k, 3)
    for k in range(1, min(n, height(grid) - row)):
        out = rect(out, row + k, 0, 1, n - k, 1)
    return out
