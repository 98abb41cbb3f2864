"""Cells level with the green 2x2 block shoot a line of their colour up to the block."""

from dsl import GREEN, find, height, line, width


def transform(grid):
    top, left = find(grid, GREEN)[0]
    out = grid
    for r in range(height(grid)):
        for c in range(width(grid)):
            v = grid[r, c]
            if v == 0 or v == GREEN:
                continue
            if top <= r < top + 2:
                out = line(out, (r, c), (r, left - 1 if c < left else left + 2), v)
            if left <= c < left + 2:
                out = line(out, (r, c), (top - 1 if r < top else top + 2, c), v)
    return out
