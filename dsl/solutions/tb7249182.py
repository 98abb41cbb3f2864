"""Grow the two facing cells towards each other into stems ending in bracket shapes that meet."""

from dsl import canvas, fill_cells, find, height, line, mirror, palette, width


def marks(grid):
    return sorted(p for k in palette(grid) if k != 0 for p in find(grid, k))


def vertical(grid):
    (r1, c), (r2, _) = marks(grid)
    half = (r2 - r1 - 1) // 2
    out = canvas(0, height(grid), width(grid))
    for start, bar, arm in [(r1, r1 + half - 1, r1 + half), (r2, r2 - half + 1, r2 - half)]:
        ink = grid[start, c]
        out = line(out, (start, c), (bar, c), ink)
        out = line(out, (bar, c - 2), (bar, c + 2), ink)
        out = fill_cells(out, [(arm, c - 2), (arm, c + 2)], ink)
    return out


def transform(grid):
    (_, c1), (_, c2) = marks(grid)
    if c1 == c2:
        return vertical(grid)
    return mirror(vertical(mirror(grid, "d")), "d")
