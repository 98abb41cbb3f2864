"""Each corner seed claims the cells nearest to it and fills them with L-bands every other step."""

from dsl import BLACK, fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    seeds = [(r, c) for r in (0, h - 1) for c in (0, w - 1) if grid[r, c] != BLACK]
    out = grid
    for r in range(h):
        for c in range(w):
            dist = [abs(r - a) + abs(c - b) for a, b in seeds]
            near = [s for s, d in zip(seeds, dist, strict=True) if d == min(dist)]
            if len(near) == 1:
                a, b = near[0]
                if max(abs(r - a), abs(c - b)) % 2 == 0:
                    out = fill_cells(out, [(r, c)], grid[a, b])
    return out
