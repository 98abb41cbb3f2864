"""Recolour each green cell to the colour of the nearer of the two border lines."""

from dsl import GREEN, fill_cells, find, height, mirror, width


def transform(grid):
    h, w = height(grid), width(grid)
    if grid[0, 0] != grid[h - 1, 0]:
        return mirror(transform(mirror(grid, "d")), "d")
    out = grid
    for r, c in find(grid, GREEN):
        out = fill_cells(out, [(r, c)], grid[r, 0] if c < w // 2 else grid[r, w - 1])
    return out
