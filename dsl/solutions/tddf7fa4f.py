"""Each grey block takes the colour of the key cell in the top row above it."""

from dsl import BLACK, GREY, bbox, objects, only, paint, recolor


def transform(grid):
    out = grid
    for block in objects(only(grid, GREY, BLACK), BLACK):
        _, left, _, w = bbox(block)
        keys = [grid[0, c] for c in range(left, left + w) if grid[0, c] not in (BLACK, GREY)]
        out = paint(out, recolor(block, keys[0]))
    return out
