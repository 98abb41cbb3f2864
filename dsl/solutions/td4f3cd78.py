"""Fill the grey box with cyan and let the cyan leak out through the gap in its wall."""

from dsl import BLACK, CYAN, GREY, bbox, fill_cells, objects, ray, rect


def transform(grid):
    top, left, h, w = bbox(objects(grid, BLACK)[0])
    out = rect(grid, top + 1, left + 1, h - 2, w - 2, CYAN)
    bottom, right = top + h - 1, left + w - 1
    for r in range(top, bottom + 1):
        for c in range(left, right + 1):
            if grid[r, c] != GREY and (r in (top, bottom) or c in (left, right)):
                out = fill_cells(out, [(r, c)], CYAN)
                heading = (
                    "up"
                    if r == top
                    else "down"
                    if r == bottom
                    else "left"
                    if c == left
                    else "right"
                )
                out = ray(out, (r, c), heading, CYAN)
    return out
