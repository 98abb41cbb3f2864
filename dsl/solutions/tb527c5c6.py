"""Each green slab shoots a red line out of its red cell, flanked by green as thick as the slab."""

from dsl import bbox, cells, height, objects, ray, rect, width


def transform(grid):
    H, W = height(grid), width(grid)
    out = grid
    for slab in objects(grid, 0, multicolor=True):
        top, left, h, w = bbox(slab)
        r, c = [p for p in cells(slab) if grid[p] == 2][0]
        if c == left and h > w:
            out, heading = rect(out, r - w + 1, 0, 2 * w - 1, left, 3), "left"
        elif c == left + w - 1 and h > w:
            out, heading = rect(out, r - w + 1, left + w, 2 * w - 1, W - left - w, 3), "right"
        elif r == top:
            out, heading = rect(out, 0, c - h + 1, top, 2 * h - 1, 3), "up"
        else:
            out, heading = rect(out, top + h, c - h + 1, H - top - h, 2 * h - 1, 3), "down"
        out = ray(out, (r, c), heading, 2)
    return out
