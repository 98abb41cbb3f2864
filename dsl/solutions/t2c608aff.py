"""Stray cells in line with the big rectangle draw a line of their colour up to it."""

from dsl import bbox, find, line, most_common, objects, palette, size


def transform(grid):
    bg = most_common(grid)
    block = max(objects(grid, bg), key=size)
    top, left, h, w = bbox(block)
    out = grid
    for colour in palette(grid):
        if colour in (bg, grid[top, left]):
            continue
        for r, c in find(grid, colour):
            if top <= r < top + h:
                out = line(out, (r, c), (r, left - 1 if c < left else left + w), colour)
            if left <= c < left + w:
                out = line(out, (r, c), (top - 1 if r < top else top + h, c), colour)
    return out
