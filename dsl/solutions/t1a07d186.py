"""Loose cells snap against the full line of their colour; cells with no such line vanish."""

from dsl import BLACK, canvas, fill_cells, height, mirror, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    if any(all(grid[r, c] == grid[r, 0] != BLACK for c in range(w)) for r in range(h)):
        return mirror(transform(mirror(grid, "d")), "d")
    lines = {
        c: grid[0, c] for c in range(w) if all(grid[r, c] == grid[0, c] != BLACK for r in range(h))
    }
    out = canvas(BLACK, h, w)
    for c in lines:
        out = rect(out, 0, c, h, 1, lines[c])
    for r in range(h):
        for c in range(w):
            if grid[r, c] != BLACK and c not in lines:
                for lc in lines:
                    if lines[lc] == grid[r, c]:
                        out = fill_cells(out, [(r, lc - 1 if c < lc else lc + 1)], grid[r, c])
    return out
