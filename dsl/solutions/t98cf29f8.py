"""The block on a stalk slides along it to touch the other block; the stalk vanishes."""

from dsl import bbox, cells, color, fill_cells, objects, rect


def lone(values, x):
    return sum(1 for v in values if v == x) == 1


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        spots = cells(obj)
        _, _, bh, bw = bbox(obj)
        if len(spots) == bh * bw:
            continue
        rows = [r for r, _ in spots]
        cols = [c for _, c in spots]
        stalk = [(r, c) for r, c in spots if lone(rows, r) or lone(cols, c)]
        body = [p for p in spots if p not in stalk]
        top, left = min(r for r, _ in body), min(c for _, c in body)
        bottom, right = max(r for r, _ in body), max(c for _, c in body)
        n = len(stalk)
        r, c = stalk[0]
        dr = n if r > bottom else -n if r < top else 0
        dc = n if c > right else -n if c < left else 0
        out = fill_cells(out, spots, 0)
        out = rect(out, top + dr, left + dc, bottom - top + 1, right - left + 1, color(obj))
    return out
