"""Complete each colour's broken square ring by symmetry and nest all the rings round one centre."""

from dsl import bbox, canvas, fill_cells, find, from_grid, height, most_common, only, palette, width


def transform(grid):
    bg = most_common(grid)
    rings = [_ring(grid, v, bg) for v in palette(grid) if v != bg]
    size = max(n for n, _, _ in rings)
    out = canvas(bg, size, size)
    for n, ring, v in rings:
        k = (size - n) // 2
        out = fill_cells(out, [(r + k, c + k) for r, c in ring], v)
    return out


def _ring(grid, v, bg):
    """The smallest square ring, symmetric under turns and flips, that agrees with the grid."""
    spots = find(grid, v)
    top, left, h, w = bbox(from_grid(only(grid, v, bg), bg))
    for n in range(max(h, w), 31):
        for t in range(top + h - n, top + 1):
            for lf in range(left + w - n, left + 1):
                ring = _symmetric([(r - t, c - lf) for r, c in spots], n)
                if all(_at(grid, r + t, c + lf) in (v, None) for r, c in ring):
                    return n, ring, v
    return 1, spots, v


def _symmetric(spots, n):
    spots = spots + [(c, r) for r, c in spots]
    spots = spots + [(n - 1 - r, c) for r, c in spots]
    return spots + [(r, n - 1 - c) for r, c in spots]


def _at(grid, r, c):
    return grid[r, c] if 0 <= r < height(grid) and 0 <= c < width(grid) else None
