"""Shoot diagonals from each odd cell; along them each region takes its own marker colour."""

from dsl import count_color, fill_cells, find, height, palette, width


def transform(grid):
    h, w = height(grid), width(grid)
    cols = sorted(palette(grid), key=lambda v: -count_color(grid, v))
    regions, marks = cols[:2], cols[2:]
    tint = {}
    for m in marks:
        r, c = find(grid, m)[0]
        near = [
            grid[r + dr, c + dc]
            for dr in (-1, 0, 1)
            for dc in (-1, 0, 1)
            if 0 <= r + dr < h and 0 <= c + dc < w and grid[r + dr, c + dc] in regions
        ]
        tint[max(regions, key=lambda v: sum(x == v for x in near))] = m
    paths = {m: [] for m in marks}
    for m in marks:
        for r, c in find(grid, m):
            for dr, dc in ((-1, -1), (-1, 1), (1, -1), (1, 1)):
                a, b = r + dr, c + dc
                while 0 <= a < h and 0 <= b < w:
                    if grid[a, b] in tint:
                        paths[tint[grid[a, b]]] = paths[tint[grid[a, b]]] + [(a, b)]
                    a, b = a + dr, b + dc
    out = grid
    for m in marks:
        out = fill_cells(out, paths[m], m)
    return out
