"""Each red dot fires a red beam to the nearest cyan line on each side, capped by a cyan box."""

from dsl import CYAN, RED, fill_cells, find, height, line, mirror, outline, width


def beams(grid):
    h, w = height(grid), width(grid)
    rows = [r for r in range(h) if all(grid[r, c] == CYAN for c in range(w))]
    out = grid
    for r, c in find(grid, RED):
        hits = [max([k for k in rows if k < r] + [-1]), min([k for k in rows if k > r] + [h])]
        for a in [k for k in hits if 0 <= k < h]:
            out = line(out, (r, c), (a, c), RED)
            out = fill_cells(outline(out, a - 1, c - 1, 3, 3, CYAN), [(a, c)], RED)
    return out


def transform(grid):
    if any(all(grid[r, c] == CYAN for c in range(width(grid))) for r in range(height(grid))):
        return beams(grid)
    return mirror(beams(mirror(grid, "d")), "d")
