"""Recolour the top-left shape with the cross's colour and mirror it into four quadrants."""

from dsl import crop, hconcat, height, mirror, palette, replace, vconcat


def transform(grid):
    k = height(grid) // 2
    quarter = crop(grid, 0, 0, k, k)
    shape = [v for v in palette(quarter) if v != 0][0]
    quarter = replace(quarter, shape, grid[k, 0])
    top = hconcat(quarter, mirror(quarter, "h"))
    return vconcat(top, mirror(top, "v"))
