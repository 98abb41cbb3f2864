"""Continue the evenly spaced nested rings out to the edges; the gaps become grey."""

from dsl import BLACK, GREY, canvas, cells, fill_cells, height, objects, palette, size, width


def transform(grid):
    h, w = height(grid), width(grid)
    ink = [v for v in palette(grid) if v != BLACK][0]
    core = cells(min(objects(grid, ink), key=size))

    def dist(r, c):
        return min(max(abs(r - a), abs(c - b)) for a, b in core)

    rings = sorted({dist(r, c) for r in range(h) for c in range(w) if grid[r, c] == ink})
    first, step = rings[0], rings[1] - rings[0]
    ring_cells = [
        (r, c)
        for r in range(h)
        for c in range(w)
        if dist(r, c) >= first and (dist(r, c) - first) % step == 0
    ]
    return fill_cells(canvas(GREY, h, w), ring_cells, ink)
