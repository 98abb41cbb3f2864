"""Replace each grey triangle beside the diagonal by a parallel diagonal just beyond it."""

from dsl import canvas, fill_cells, find, height, palette, width


def transform(grid):
    ink = [c for c in palette(grid) if c not in (0, 5)][0]
    r0, c0 = find(grid, ink)[0]
    base = c0 - r0
    gaps = [(c - r) - base for r, c in find(grid, 5)]
    offsets = [base]
    for side in (1, -1):
        reach = [abs(d) for d in gaps if d * side > 0]
        if reach:
            offsets = offsets + [base + side * (max(reach) + 2)]
    out = canvas(0, height(grid), width(grid))
    for off in offsets:
        out = fill_cells(out, [(r, r + off) for r in range(height(grid))], ink)
    return out
