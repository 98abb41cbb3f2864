"""Mirror the corner motif to all corners; join off-diagonal cells to mirrors by dotted lines."""

from dsl import fill_cells, find, height, mirror, overlay, palette


def transform(grid):
    n = height(grid)
    out = overlay(grid, mirror(grid, "h"), 0)
    out = overlay(out, mirror(out, "v"), 0)
    full = out
    for k in palette(full)[1:]:
        for r, c in find(full, k):
            a, b = min(r, n - 1 - r), min(c, n - 1 - c)
            if a < b:
                out = fill_cells(out, [(r, x) for x in range(b, n - b, 2)], k)
            if b < a:
                out = fill_cells(out, [(y, c) for y in range(a, n - a, 2)], k)
    return out
