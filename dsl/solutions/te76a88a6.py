"""Replace every grey block by a copy of the coloured pattern."""

from dsl import BLACK, GREY, bbox, color, move, normalize, objects, paint


def transform(grid):
    blocks = objects(grid, BLACK, multicolor=True)
    pattern = normalize([b for b in blocks if color(b) != GREY][0])
    out = grid
    for block in blocks:
        if color(block) == GREY:
            top, left, _, _ = bbox(block)
            out = paint(out, move(pattern, top, left))
    return out
