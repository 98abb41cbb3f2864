"""Flood the maze corridors reached from the seed with its two colours in a checkerboard."""

from dsl import fill_cells, find, flood_fill, height, palette, width


def transform(grid):
    a, b = [k for k in palette(grid) if k not in (0, 8)]
    r0, c0 = find(grid, a)[0]
    temp = [k for k in range(10) if k not in palette(grid)][0]
    out = grid
    for r, c in find(grid, a) + find(grid, b):
        for nr, nc in [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]:
            if 0 <= nr < height(grid) and 0 <= nc < width(grid) and out[nr, nc] == 0:
                out = flood_fill(out, (nr, nc), temp)
    region = find(out, temp)
    out = fill_cells(out, [p for p in region if (p[0] + p[1]) % 2 == (r0 + c0) % 2], a)
    return fill_cells(out, [p for p in region if (p[0] + p[1]) % 2 != (r0 + c0) % 2], b)
