"""Output the small shape whose double-size copy is the large shape cut off by the grid's edge."""

from dsl import (
    bbox,
    cells,
    count_color,
    from_grid,
    height,
    most_common,
    only,
    palette,
    subgrid,
    upscale,
    width,
)


def transform(grid):
    bg = most_common(grid)
    h, w = height(grid), width(grid)
    inks = sorted([k for k in palette(grid) if k != bg], key=lambda k: -count_color(grid, k))
    big = from_grid(only(grid, inks[0], bg), bg)
    target = set(cells(big))
    top, left, bh, bw = bbox(big)
    for ink in inks[1:]:
        shape = subgrid(from_grid(only(grid, ink, bg), bg), bg)
        double = upscale(shape, 2)
        for dr in range(top + bh - height(double), top + 1):
            for dc in range(left + bw - width(double), left + 1):
                placed = cells(from_grid(double, bg, dr, dc))
                if {(r, c) for r, c in placed if 0 <= r < h and 0 <= c < w} == target:
                    return shape
