"""Each edge marker copies its colour onto the nearest cyan block cell in its row or column."""

from dsl import BLACK, CYAN, bbox, fill_cells, from_grid, height, only, width


def transform(grid):
    top, left, h, w = bbox(from_grid(only(grid, CYAN, BLACK), BLACK))
    out = grid
    for r in range(height(grid)):
        for c in range(width(grid)):
            v = grid[r, c]
            if v in (BLACK, CYAN):
                continue
            if top <= r < top + h:
                out = fill_cells(out, [(r, left if c < left else left + w - 1)], v)
            if left <= c < left + w:
                out = fill_cells(out, [(top if r < top else top + h - 1, c)], v)
    return out
