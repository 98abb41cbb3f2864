"""Under the umbrella, each column with a rain cell rains in a full line down from it."""

from dsl import cells, color, height, line, objects, palette, size


def transform(grid):
    h = height(grid)
    umbrella = max(objects(grid, 0), key=size)
    rain = [v for v in palette(grid) if v not in (0, color(umbrella))][0]
    out = grid
    for c in set(c for _, c in cells(umbrella)):
        low = max(r for r, cc in cells(umbrella) if cc == c)
        if any(grid[r, c] == rain for r in range(low + 1, h)):
            out = line(out, (low + 1, c), (h - 1, c), rain)
    return out
