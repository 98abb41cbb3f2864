"""Each diagonal pair of green blocks gets two same-size cyan blocks on the crossing diagonal."""

from dsl import BLACK, CYAN, bbox, objects, rect


def transform(grid):
    out = grid
    for pair in objects(grid, BLACK, diagonal=True):
        top, left, h, w = bbox(pair)
        s = h // 2
        if grid[top, left] != BLACK:
            corners = [(top - s, left + w), (top + h, left - s)]
        else:
            corners = [(top - s, left - s), (top + h, left + w)]
        for r, c in corners:
            out = rect(out, r, c, s, s, CYAN)
    return out
