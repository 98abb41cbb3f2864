"""Copy the hollow rectangle's frame around the one other black area of the same inner size."""

from dsl import bbox, count_color, crop, height, least_common, objects, only, outline, width


def transform(grid):
    k = least_common(grid)
    top, left, h, w = bbox(objects(only(grid, k, 0), 0, diagonal=True)[0])
    out = grid
    for r in range(height(grid) - h + 1):
        for c in range(width(grid) - w + 1):
            inner = crop(grid, r + 1, c + 1, h - 2, w - 2)
            if (r, c) != (top, left) and count_color(inner, 0) == (h - 2) * (w - 2):
                out = outline(out, r, c, h, w, k)
    return out
