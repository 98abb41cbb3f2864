"""Repeat the big shape, one cell apart, in each marker's colour and direction out to the edge."""

from dsl import BLACK, bbox, color, height, move, objects, paint, recolor, size, width


def transform(grid):
    parts = objects(grid, BLACK, diagonal=True)
    shape = max(parts, key=size)
    top, left, h, w = bbox(shape)
    out = grid
    for marker in parts:
        if marker == shape:
            continue
        mt, ml, mh, mw = bbox(marker)
        dr = 1 if mt >= top + h else -1 if mt + mh <= top else 0
        dc = 1 if ml >= left + w else -1 if ml + mw <= left else 0
        for k in range(1, max(height(grid), width(grid))):
            out = paint(
                out, move(recolor(shape, color(marker)), k * dr * (h + 1), k * dc * (w + 1))
            )
    return out
