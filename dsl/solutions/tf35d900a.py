"""Ring each corner dot with the other colour and join the rings with dotted grey lines."""

from dsl import BLACK, GREY, fill_cells, find, outline, palette


def transform(grid):
    a, b = [v for v in palette(grid) if v != BLACK]
    dots = find(grid, a) + find(grid, b)
    rows, cols = sorted({r for r, _ in dots}), sorted({c for _, c in dots})
    (r1, r2), (c1, c2) = rows, cols
    out = grid
    for r in rows:
        out = fill_cells(
            out,
            [(r, k) for k in range(c1 + 2, c2 - 1) if min(k - c1 - 2, c2 - 2 - k) % 2 == 0],
            GREY,
        )
    for c in cols:
        out = fill_cells(
            out,
            [(k, c) for k in range(r1 + 2, r2 - 1) if min(k - r1 - 2, r2 - 2 - k) % 2 == 0],
            GREY,
        )
    for r, c in dots:
        out = outline(out, r - 1, c - 1, 3, 3, b if grid[r, c] == a else a)
    return out
