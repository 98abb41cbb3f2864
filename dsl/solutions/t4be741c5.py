"""List the colour bands in order, as a row for side-by-side bands or a column for stacked ones."""

from dsl import canvas, crop, fill_cells, mirror, palette, width


def transform(grid):
    if len(palette(crop(grid, 0, 0, 1, width(grid)))) == 1:
        return mirror(transform(mirror(grid, "d")), "d")
    order = []
    for c in range(width(grid)):
        if grid[0, c] not in order:
            order = order + [grid[0, c]]
    out = canvas(0, 1, len(order))
    for i, v in enumerate(order):
        out = fill_cells(out, [(0, i)], v)
    return out
