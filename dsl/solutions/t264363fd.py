"""Stamp the small template on each marker in the rectangles; long arms become full lines."""

from dsl import (
    bbox,
    cells,
    color,
    count_color,
    fill_cells,
    height,
    most_common,
    objects,
    paint,
    palette,
    ray,
    recolor,
    width,
)


def transform(grid):
    bg = most_common(grid)
    fill = max([c for c in palette(grid) if c != bg], key=lambda c: count_color(grid, c))
    blobs = objects(grid, bg, diagonal=True, multicolor=True)
    template = [b for b in blobs if color(b) != fill][0]
    markers = [(r, c) for b in blobs if color(b) == fill for r, c in cells(b) if grid[r, c] != fill]
    top, left, h, w = bbox(template)
    cr, cc = top + h // 2, left + w // 2
    stamp = {(r - cr, c - cc): grid[r, c] for r, c in cells(template)}
    headings = [((-1, 0), "up"), ((1, 0), "down"), ((0, -1), "left"), ((0, 1), "right")]
    out = paint(grid, recolor(template, bg))
    for r, c in markers:
        for (dr, dc), heading in headings:
            near, far = (dr, dc), (2 * dr, 2 * dc)
            if near in stamp and far in stamp and stamp[near] == stamp[far]:
                out = ray(out, (r, c), heading, stamp[near], stop=bg)
    for r, c in markers:
        for dr, dc in stamp:
            if (
                0 <= r + dr < height(grid)
                and 0 <= c + dc < width(grid)
                and grid[r + dr, c + dc] != bg
            ):
                out = fill_cells(out, [(r + dr, c + dc)], stamp[dr, dc])
    return out
