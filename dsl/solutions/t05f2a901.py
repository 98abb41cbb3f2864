"""Slide the red shape straight towards the cyan square until they touch."""

from dsl import BLACK, CYAN, RED, bbox, canvas, from_grid, height, move, only, paint, width


def transform(grid):
    red = from_grid(only(grid, RED, BLACK), BLACK)
    cyan = from_grid(only(grid, CYAN, BLACK), BLACK)
    rt, rl, rh, rw = bbox(red)
    ct, cl, ch, cw = bbox(cyan)
    down, right = 0, 0
    if rl < cl + cw and cl < rl + rw:
        down = ct - (rt + rh) if rt < ct else ct + ch - rt
    else:
        right = cl - (rl + rw) if rl < cl else cl + cw - rl
    return paint(paint(canvas(BLACK, height(grid), width(grid)), cyan), move(red, down, right))
