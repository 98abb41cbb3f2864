"""Mirror the shape across its side marked in red, then paint the background green."""

from dsl import BLACK, GREEN, RED, bbox, from_grid, mirror, only, paint, replace, subgrid


def transform(grid):
    shape = from_grid(replace(grid, RED, BLACK), BLACK)
    top, left, h, w = bbox(shape)
    rt, rl, _, _ = bbox(from_grid(only(grid, RED, BLACK), BLACK))
    pic = subgrid(shape, BLACK)
    if rl >= left + w:
        copy = from_grid(mirror(pic, "h"), BLACK, top, left + w)
    elif rl < left:
        copy = from_grid(mirror(pic, "h"), BLACK, top, left - w)
    elif rt >= top + h:
        copy = from_grid(mirror(pic, "v"), BLACK, top + h, left)
    else:
        copy = from_grid(mirror(pic, "v"), BLACK, top - h, left)
    return replace(paint(replace(grid, RED, BLACK), copy), BLACK, GREEN)
