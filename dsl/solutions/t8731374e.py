"""Cut out the big rectangle hidden in noise; each dot in it becomes a full row and column line."""

from dsl import bbox, cells, crop, find, height, line, objects, palette, size, width


def transform(grid):
    core = max(objects(grid, 0), key=size)
    top, left, h, w = bbox(core)
    spots = cells(core)
    rows = [r for r in range(top, top + h) if sum(1 for p in spots if p[0] == r) > w // 2]
    cols = [c for c in range(left, left + w) if sum(1 for p in spots if p[1] == c) > h // 2]
    box = crop(grid, rows[0], cols[0], len(rows), len(cols))
    base = box[0, 0]
    out = box
    for k in palette(box):
        if k != base:
            for r, c in find(box, k):
                out = line(out, (r, 0), (r, width(box) - 1), k)
                out = line(out, (0, c), (height(box) - 1, c), k)
    return out
