"""Mirror the shape into all four quadrants around the green 2x2 centre."""

from dsl import GREEN, fill_cells, find, palette


def transform(grid):
    r0, c0 = find(grid, GREEN)[0]
    out = grid
    for v in [v for v in palette(grid) if v not in (0, GREEN)]:
        for r, c in find(grid, v):
            mirrored = [(2 * r0 + 1 - r, c), (r, 2 * c0 + 1 - c), (2 * r0 + 1 - r, 2 * c0 + 1 - c)]
            out = fill_cells(out, mirrored, v)
    return out
