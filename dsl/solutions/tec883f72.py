"""From each bend of the wall, shoot a diagonal ray of the block's colour away from the block."""

from dsl import BLACK, bbox, color, find, objects, ray, size


def transform(grid):
    parts = objects(grid, BLACK)
    block = [o for o in parts if size(o) == bbox(o)[2] * bbox(o)[3]][0]
    wall = [o for o in parts if o != block][0]
    top, left, h, w = bbox(block)
    spots = find(grid, color(wall))
    out = grid
    for r, c in spots:
        vert = (r - 1, c) in spots or (r + 1, c) in spots
        horiz = (r, c - 1) in spots or (r, c + 1) in spots
        if vert and horiz:
            heading = ("up" if 2 * r < 2 * top + h - 1 else "down") + (
                "-left" if 2 * c < 2 * left + w - 1 else "-right"
            )
            out = ray(out, (r, c), heading, color(block))
    return out
