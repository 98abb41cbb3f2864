"""Move each shape, turned or flipped, so its marker cells land on the matching loose cells."""

from dsl import (
    BLACK,
    canvas,
    cells,
    color,
    count_color,
    fill_cells,
    from_grid,
    height,
    mirror,
    objects,
    paint,
    palette,
    rotate,
    subgrid,
    width,
)


def transform(grid):
    body = max([c for c in palette(grid) if c != BLACK], key=lambda c: count_color(grid, c))
    shapes = [s for s in objects(grid, BLACK, diagonal=True, multicolor=True) if color(s) == body]
    loose = grid
    for s in shapes:
        loose = fill_cells(loose, cells(s), BLACK)
    anchors = {
        (r, c): loose[r, c]
        for r in range(height(grid))
        for c in range(width(grid))
        if loose[r, c] != BLACK
    }
    out = canvas(BLACK, height(grid), width(grid))
    for s in shapes:
        pic = subgrid(s, BLACK)
        variants = [rotate(pic, k) for k in range(4)] + [
            rotate(mirror(pic, "h"), k) for k in range(4)
        ]
        for v in variants:
            markers = [(r, c) for r, c in cells(from_grid(v, BLACK)) if v[r, c] != color(s)]
            r0, c0 = markers[0]
            for ar, ac in anchors:
                dr, dc = ar - r0, ac - c0
                if all(
                    (r + dr, c + dc) in anchors and anchors[r + dr, c + dc] == v[r, c]
                    for r, c in markers
                ):
                    out = paint(out, from_grid(v, BLACK, dr, dc))
    return out
