"""Colour the odd shape out red and the two matching shapes blue."""

from dsl import normalize, objects, paint, recolor


def transform(grid):
    shapes = objects(grid, 0, diagonal=True)
    forms = [normalize(s) for s in shapes]
    out = grid
    for s, f in zip(shapes, forms, strict=True):
        twins = len([g for g in forms if g == f])
        out = paint(out, recolor(s, 1 if twins > 1 else 2))
    return out
