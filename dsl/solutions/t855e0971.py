"""Each hole in a colour band cuts a black line straight across that band."""

from dsl import bbox, find, line, objects, width


def transform(grid):
    out = grid
    for band in objects(grid, 0):
        top, left, h, w = bbox(band)
        for r, c in find(grid, 0):
            if top <= r < top + h and left <= c < left + w:
                if w == width(grid):
                    out = line(out, (top, c), (top + h - 1, c), 0)
                else:
                    out = line(out, (r, left), (r, left + w - 1), 0)
    return out
