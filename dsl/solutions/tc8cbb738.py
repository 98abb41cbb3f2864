"""Overlay the four-point figures of each colour, centred on one another."""

from dsl import bbox, canvas, from_grid, most_common, move, only, paint, palette


def transform(grid):
    bg = most_common(grid)
    figures = [from_grid(only(grid, k, bg), bg) for k in palette(grid) if k != bg]
    H = max(bbox(f)[2] for f in figures)
    W = max(bbox(f)[3] for f in figures)
    out = canvas(bg, H, W)
    for f in figures:
        top, left, h, w = bbox(f)
        out = paint(out, move(f, (H - h) // 2 - top, (W - w) // 2 - left))
    return out
