"""Give every yellow shape the coloured trim of the fully decorated one, turned to fit."""

from dsl import (
    BLACK,
    YELLOW,
    cells,
    from_grid,
    height,
    mirror,
    objects,
    paint,
    rotate,
    size,
    subgrid,
    width,
)


def fits(grid, variant, dr, dc, r, c):
    inside = 0 <= r - dr < height(variant) and 0 <= c - dc < width(variant)
    return inside and variant[r - dr, c - dc] == grid[r, c]


def transform(grid):
    parts = objects(grid, BLACK, diagonal=True, multicolor=True)
    template = subgrid(max(parts, key=size), BLACK)
    flipped = mirror(template, "h")
    variants = [rotate(template, k) for k in range(4)] + [rotate(flipped, k) for k in range(4)]
    out = grid
    for part in parts:
        body = [(r, c) for r, c in cells(part) if grid[r, c] == YELLOW]
        for v in variants:
            vbody = [(r, c) for r, c in cells(from_grid(v, BLACK)) if v[r, c] == YELLOW]
            dr, dc = body[0][0] - vbody[0][0], body[0][1] - vbody[0][1]
            same_body = sorted((r + dr, c + dc) for r, c in vbody) == body
            if same_body and all(fits(grid, v, dr, dc, r, c) for r, c in cells(part)):
                out = paint(out, from_grid(v, BLACK, dr, dc))
                break
    return out
