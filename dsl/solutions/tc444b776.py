"""Copy the one filled panel into every panel between the yellow divider lines."""

from dsl import count_color, crop, from_grid, height, paint, width


def starts(n, walls):
    return [i for i in range(n) if i not in walls and (i == 0 or i - 1 in walls)]


def transform(grid):
    h, w = height(grid), width(grid)
    walls_r = [r for r in range(h) if all(grid[r, c] == 4 for c in range(w))]
    walls_c = [c for c in range(w) if all(grid[r, c] == 4 for r in range(h))]
    ph = walls_r[0] if walls_r else h
    pw = walls_c[0] if walls_c else w
    corners = [(r, c) for r in starts(h, walls_r) for c in starts(w, walls_c)]
    panels = [crop(grid, r, c, ph, pw) for r, c in corners]
    source = min(panels, key=lambda p: count_color(p, 0))
    out = grid
    for r, c in corners:
        out = paint(out, from_grid(source, 0, r, c))
    return out
