"""From two seed cells, repeat full lines of their two colours alternately across the long side."""

from dsl import BLACK, canvas, height, mirror, rect, width


def transform(grid):
    if height(grid) > width(grid):
        return mirror(transform(mirror(grid, "d")), "d")
    h, w = height(grid), width(grid)
    seeds = sorted((c, grid[r, c]) for r in range(h) for c in range(w) if grid[r, c] != BLACK)
    (c1, a), (c2, b) = seeds
    out = canvas(BLACK, h, w)
    for k, col in enumerate(range(c1, w, c2 - c1)):
        out = rect(out, 0, col, h, 1, a if k % 2 == 0 else b)
    return out
