"""Join the rarest colour's facing cells on opposite edges with lines; erase everything else."""

from dsl import canvas, height, least_common, line, width


def transform(grid):
    h, w = height(grid), width(grid)
    c0 = least_common(grid)
    out = canvas(0, h, w)
    for r in range(h):
        if grid[r, 0] == c0 and grid[r, w - 1] == c0:
            out = line(out, (r, 0), (r, w - 1), c0)
    for c in range(w):
        if grid[0, c] == c0 and grid[h - 1, c] == c0:
            out = line(out, (0, c), (h - 1, c), c0)
    return out
