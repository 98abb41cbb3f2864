"""Fill each blue cup with the colour of the cell inside it, and add a lid of that colour above."""

from dsl import BLUE, bbox, crop, from_grid, objects, only, paint, palette, rect, replace


def transform(grid):
    out = grid
    for cup in objects(only(grid, BLUE, 0), 0):
        top, left, h, w = bbox(cup)
        inside = crop(grid, top, left, h, w)
        fill = [v for v in palette(inside) if v not in (0, BLUE)][0]
        out = rect(out, top - 1, left, 1, w, fill)
        out = paint(out, from_grid(replace(inside, 0, fill), 0, top, left))
    return out
