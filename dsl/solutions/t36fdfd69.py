"""Red cells at most two apart form a patch; fill the rest of its bounding box with yellow."""

from dsl import (
    BLACK,
    RED,
    YELLOW,
    canvas,
    cells,
    crop,
    fill_cells,
    find,
    from_grid,
    height,
    objects,
    only,
    paint,
    width,
)


def transform(grid):
    grown = canvas(BLACK, height(grid), width(grid))
    for r, c in find(grid, RED):
        grown = fill_cells(grown, [(r, c), (r + 1, c), (r, c + 1), (r + 1, c + 1)], RED)
    out = grid
    for patch in objects(grown, BLACK, diagonal=True):
        core = [(r, c) for r, c in cells(patch) if grid[r, c] == RED]
        top, left = min(r for r, _ in core), min(c for _, c in core)
        h, w = max(r for r, _ in core) - top + 1, max(c for _, c in core) - left + 1
        out = paint(
            out, from_grid(crop(only(grid, RED, YELLOW), top, left, h, w), BLACK, top, left)
        )
    return out
