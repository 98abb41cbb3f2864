"""Line every block up with the blue block's rows."""

from dsl import BLACK, BLUE, bbox, canvas, color, height, move, objects, paint, width


def transform(grid):
    blocks = objects(grid, BLACK, diagonal=True)
    top = [bbox(b)[0] for b in blocks if color(b) == BLUE][0]
    out = canvas(BLACK, height(grid), width(grid))
    for b in blocks:
        out = paint(out, move(b, top - bbox(b)[0], 0))
    return out
