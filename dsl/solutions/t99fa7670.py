"""Each cell shoots right to the edge, then runs down the right edge until the next cell's row."""

from dsl import find, height, line, palette, width


def transform(grid):
    h, w = height(grid), width(grid)
    seeds = sorted((r, c, k) for k in palette(grid)[1:] for r, c in find(grid, k))
    rows = [r for r, _, _ in seeds] + [h]
    out = grid
    for i, (r, c, k) in enumerate(seeds):
        out = line(out, (r, c), (r, w - 1), k)
        if rows[i + 1] - 1 > r:
            out = line(out, (r + 1, w - 1), (rows[i + 1] - 1, w - 1), k)
    return out
