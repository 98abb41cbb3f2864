"""Wherever the template's red markers reappear at some scale, draw its blue part at that scale."""

from dsl import BLUE, RED, fill_cells, find, height, objects, palette, subgrid, upscale, width


def transform(grid):
    h, w = height(grid), width(grid)
    shapes = objects(grid, 0, diagonal=True, multicolor=True)
    tile = subgrid([s for s in shapes if BLUE in palette(subgrid(s, 0))][0], 0)
    used, out = set(), grid
    for k in range(min(h // height(tile), w // width(tile)), 0, -1):
        big = upscale(tile, k)
        spots = [(r, c) for r in range(height(big)) for c in range(width(big))]
        marks = [(r, c) for r, c in spots if big[r, c] == RED]
        body = [(r, c) for r, c in spots if big[r, c] == BLUE]
        for gr, gc in find(grid, RED):
            dr, dc = gr - marks[0][0], gc - marks[0][1]
            placed = [(r + dr, c + dc) for r, c in marks]
            marked = all(_at(grid, r, c) == RED and (r, c) not in used for r, c in placed)
            free = all(_at(grid, r + dr, c + dc) in (0, None) for r, c in body)
            if marked and free:
                used = used | set(placed)
                out = fill_cells(out, [(r + dr, c + dc) for r, c in body], BLUE)
    return out


def _at(grid, r, c):
    return grid[r, c] if 0 <= r < height(grid) and 0 <= c < width(grid) else None
