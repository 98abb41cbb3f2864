"""Move each piece of a one-off colour into the hole of a grey shape that it exactly fits."""

from dsl import (
    BLACK,
    bbox,
    color,
    fill_enclosed,
    move,
    normalize,
    objects,
    only,
    paint,
    palette,
    recolor,
)


def transform(grid):
    mark = min(c for c in range(10) if c not in palette(grid))
    holes = objects(only(fill_enclosed(grid, mark, BLACK), mark, BLACK), BLACK)
    pieces = objects(grid, BLACK)
    out = grid
    for hole in holes:
        for piece in pieces:
            unique = len([p for p in pieces if color(p) == color(piece)]) == 1
            if unique and normalize(recolor(piece, mark)) == normalize(hole):
                ht, hl, _, _ = bbox(hole)
                pt, pl, _, _ = bbox(piece)
                out = paint(paint(out, recolor(piece, BLACK)), move(piece, ht - pt, hl - pl))
    return out
