"""Blow the 2x2 green corner up into two 4x4 blocks on the diagonal through its red cell."""

from dsl import GREEN, RED, canvas, find, height, rect, width


def transform(grid):
    block = find(grid, GREEN) + find(grid, RED)
    top, left = min(r for r, _ in block), min(c for _, c in block)
    r, c = find(grid, RED)[0]
    i, j = r - top, c - left
    out = canvas(0, 3 * height(grid), 3 * width(grid))
    for qi, qj in [(i, j), (1 - i, 1 - j)]:
        out = rect(out, top + 4 * qi, left + 4 * qj, 4, 4, GREEN)
    return out
