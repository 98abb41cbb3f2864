"""Fill the rectangular rooms of the grey maze (boxes, possibly cut by the edge) with yellow."""

from dsl import (
    BLACK,
    GREY,
    YELLOW,
    bbox,
    count_color,
    crop,
    height,
    objects,
    paint,
    recolor,
    size,
    width,
)


def is_grey(grid, r, c):
    return 0 <= r < height(grid) and 0 <= c < width(grid) and grid[r, c] == GREY


def transform(grid):
    out = grid
    for hole in objects(grid, GREY):
        top, left, h, w = bbox(hole)
        t, lft = max(top - 1, 0), max(left - 1, 0)
        around = crop(grid, t, lft, top + h + 1 - t, left + w + 1 - lft)
        if size(hole) != h * w or count_color(around, BLACK) != h * w:
            continue
        corners = [
            (r, c, dr, dc)
            for r, dr in ((top - 1, -1), (top + h, 1))
            for c, dc in ((left - 1, -1), (left + w, 1))
        ]
        if not any(
            is_grey(grid, r + dr, c) or is_grey(grid, r, c + dc)
            for r, c, dr, dc in corners
            if is_grey(grid, r, c)
        ):
            out = paint(out, recolor(hole, YELLOW))
    return out
