"""Of the four 2x2 corner patterns, output the one that differs from the others."""

from dsl import crop


def same(a, b):
    return all(a[i, j] == b[i, j] for i in range(2) for j in range(2))


def transform(grid):
    parts = [crop(grid, r, c, 2, 2) for r in (0, 3) for c in (0, 3)]
    return [p for p in parts if sum(1 for q in parts if same(p, q)) == 1][0]
