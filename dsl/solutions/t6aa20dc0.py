"""Complete the template wherever its corner markers reappear, turned, flipped or scaled."""

from dsl import (
    color,
    fill_cells,
    find,
    height,
    mirror,
    most_common,
    objects,
    palette,
    rotate,
    subgrid,
    upscale,
    width,
)


def transform(grid):
    h, w = height(grid), width(grid)
    bg = most_common(grid)
    shapes = objects(grid, bg, diagonal=True, multicolor=True)
    template = max(shapes, key=lambda o: len(palette(subgrid(o, bg))))
    main = color(template)
    tile = subgrid(template, bg)
    variants = [rotate(t, n) for t in (tile, mirror(tile, "h")) for n in range(4)]
    out = grid
    for variant in variants:
        for k in range(1, min(h // height(variant), w // width(variant)) + 1):
            big = upscale(variant, k)
            spots = [(r, c) for r in range(height(big)) for c in range(width(big))]
            marks = [(r, c) for r, c in spots if big[r, c] not in (bg, main)]
            body = [(r, c) for r, c in spots if big[r, c] == main]
            r0, c0 = marks[0]
            for gr, gc in find(grid, big[r0, c0]):
                dr, dc = gr - r0, gc - c0
                marked = all(_at(grid, r + dr, c + dc) == big[r, c] for r, c in marks)
                free = all(_at(grid, r + dr, c + dc) in (bg, None) for r, c in body)
                if marked and free:
                    out = fill_cells(out, [(r + dr, c + dc) for r, c in body], main)
    return out


def _at(grid, r, c):
    return grid[r, c] if 0 <= r < height(grid) and 0 <= c < width(grid) else None
