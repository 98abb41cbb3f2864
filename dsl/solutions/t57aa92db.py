"""Grow each two-block piece into the reference shape, scaled to its block size, at its anchor."""

from dsl import bbox, count_color, find, objects, palette, rect, subgrid


def transform(grid):
    objs = objects(grid, 0, diagonal=True, multicolor=True)
    pieces = [subgrid(o, 0) for o in objs]
    colours = [[v for v in palette(p) if v != 0] for p in pieces]
    anchor = [v for v in colours[0] if all(v in cs for cs in colours)][0]
    other = [[v for v in cs if v != anchor][0] for cs in colours]
    ref = [i for i, p in enumerate(pieces) if count_color(p, anchor) != count_color(p, other[i])][0]
    ar, ac = find(pieces[ref], anchor)[0]
    shape = [(r - ar, c - ac) for r, c in find(pieces[ref], other[ref])]
    out = grid
    for i, piece in enumerate(pieces):
        if i != ref:
            block = find(piece, anchor)
            k = max(r for r, _ in block) - block[0][0] + 1
            top, left = bbox(objs[i])[0] + block[0][0], bbox(objs[i])[1] + block[0][1]
            for dr, dc in shape:
                out = rect(out, top + k * dr, left + k * dc, k, k, other[i])
    return out
