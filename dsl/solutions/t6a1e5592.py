"""Slide each grey piece up into the gap of the red wall that it exactly plugs; paint it blue."""

from dsl import (
    BLUE,
    GREY,
    RED,
    cells,
    crop,
    fill_cells,
    find,
    height,
    objects,
    only,
    replace,
    width,
)


def transform(grid):
    h, w = height(grid), width(grid)
    depth = max(r for r, _ in find(grid, RED)) + 1
    holes = [set(cells(o)) for o in objects(crop(grid, 0, 0, depth, w), RED)]
    options = []
    for piece in objects(only(grid, GREY, 0), 0):
        fits = []
        for dr in range(-h, 1):
            for dc in range(-w, w):
                moved = [(r + dr, c + dc) for r, c in cells(piece)]
                free = all(0 <= r < h and 0 <= c < w and grid[r, c] != RED for r, c in moved)
                top = {(r, c) for r, c in moved if r < depth}
                fits = fits + [(i, moved) for i, hole in enumerate(holes) if free and top == hole]
        options = options + [fits]
    out = replace(grid, GREY, 0)
    for moved in _assign(options, set()):
        out = fill_cells(out, moved, BLUE)
    return out


def _assign(options, used):
    """Give each piece a placement in a hole no other piece takes (None if impossible)."""
    if not options:
        return []
    for hole, moved in options[0]:
        if hole not in used:
            rest = _assign(options[1:], used | {hole})
            if rest is not None:
                return [moved] + rest
    return None
