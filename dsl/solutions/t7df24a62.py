"""Frame each yellow constellation matching the framed one (turned or flipped) in blue."""

from dsl import (
    BLUE,
    YELLOW,
    bbox,
    crop,
    find,
    from_grid,
    height,
    mirror,
    objects,
    only,
    paint,
    rotate,
    width,
)


def transform(grid):
    h, w = height(grid), width(grid)

    def inside(r, c):
        return 0 <= r < h and 0 <= c < w

    frame = objects(only(grid, BLUE, 0), 0)[0]
    template = crop(grid, *bbox(frame))
    variants = [rotate(template, k) for k in range(4)]
    variants = variants + [mirror(v, "h") for v in variants]
    out = grid
    for t in variants:
        stars, blues = find(t, YELLOW), find(t, BLUE)
        for r in range(1 - height(t), h):
            for c in range(1 - width(t), w):
                fits = all(inside(r + i, c + j) and grid[r + i, c + j] == YELLOW for i, j in stars)
                free = all(not inside(r + i, c + j) or grid[r + i, c + j] == 0 for i, j in blues)
                if fits and free:
                    out = paint(out, from_grid(t, 0, r, c))
    return out
