"""Each L-shaped triomino shoots a diagonal ray out of its missing corner."""

from dsl import bbox, cells, color, objects, ray

HEADINGS = {(-1, -1): "up-left", (-1, 1): "up-right", (1, -1): "down-left", (1, 1): "down-right"}


def transform(grid):
    out = grid
    for obj in objects(grid, 0):
        top, left, _, _ = bbox(obj)
        corners = [(top + i, left + j) for i in range(2) for j in range(2)]
        er, ec = [p for p in corners if p not in cells(obj)][0]
        heading = HEADINGS[(2 * er - 2 * top - 1, 2 * ec - 2 * left - 1)]
        out = ray(out, (er, ec), heading, color(obj))
    return out
