"""Fill the rectangle spanned by each pair of same-coloured cells."""

from dsl import bbox, from_grid, only, palette, rect


def transform(grid):
    out = grid
    for v in [v for v in palette(grid) if v != 0]:
        top, left, h, w = bbox(from_grid(only(grid, v, 0), 0))
        out = rect(out, top, left, h, w, v)
    return out
