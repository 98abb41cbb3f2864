"""Each seed colours its half: side walls, the outer edge row and a full row through the seed."""

from dsl import BLACK, canvas, find, height, palette, rect, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = canvas(BLACK, h, w)
    for colour in palette(grid):
        if colour == BLACK:
            continue
        r, _ = find(grid, colour)[0]
        top = 0 if r < h // 2 else h // 2
        edge = 0 if r < h // 2 else h - 1
        out = rect(out, top, 0, h // 2, 1, colour)
        out = rect(out, top, w - 1, h // 2, 1, colour)
        out = rect(out, edge, 0, 1, w, colour)
        out = rect(out, r, 0, 1, w, colour)
    return out
