"""Fit each piece, turned (else flipped), into the hole its red cells fill; output the board."""

from dsl import (
    RED,
    bbox,
    cells,
    crop,
    find,
    from_grid,
    mirror,
    objects,
    paint,
    rotate,
    size,
    subgrid,
)


def transform(grid):
    board_obj = max(objects(grid, 0), key=size)
    board = crop(grid, *bbox(board_obj))
    parts = sorted(objects(grid, 0, multicolor=True), key=size)[:-1]
    pieces = [subgrid(p, 0) for p in parts]
    out = board
    for hole in objects(board, RED, diagonal=True):
        top, left, _, _ = bbox(hole)
        spots = [(r - top, c - left) for r, c in cells(hole)]
        turns = [rotate(p, k) for p in pieces for k in range(4)]
        for v in turns + [mirror(t, "h") for t in turns]:
            red = find(v, RED)
            r0, c0 = min(r for r, _ in red), min(c for _, c in red)
            if sorted((r - r0, c - c0) for r, c in red) == spots:
                out = paint(out, from_grid(v, 0, top - r0, left - c0))
                break
    return out
