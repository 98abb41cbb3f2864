"""Repeat the horizontal band up and down to fill the grid, keeping its phase."""

from dsl import bbox, crop, from_grid, height, tile, width


def transform(grid):
    h, w = height(grid), width(grid)
    top, _, bh, _ = bbox(from_grid(grid, 0))
    band = crop(grid, top, 0, bh, w)
    return crop(tile(band, h // bh + 2, 1), (-top) % bh, 0, h, w)
