"""Summarise the block picture: one cell per block, keeping the layout."""

from dsl import crop, height, mirror, trim, vconcat, width


def dedupe_rows(g):
    w = width(g)
    out = crop(g, 0, 0, 1, w)
    for r in range(1, height(g)):
        if any(g[r, c] != g[r - 1, c] for c in range(w)):
            out = vconcat(out, crop(g, r, 0, 1, w))
    return out


def transform(grid):
    return mirror(dedupe_rows(mirror(dedupe_rows(trim(grid, 0)), "d")), "d")
