"""Fill the two empty panels with the first panel turned a quarter and a half turn."""

from dsl import crop, hconcat, rotate


def transform(grid):
    panel = crop(grid, 0, 0, 3, 3)
    bar = crop(grid, 0, 3, 3, 1)
    out = hconcat(hconcat(panel, bar), rotate(panel, 1))
    return hconcat(hconcat(out, bar), rotate(panel, 2))
