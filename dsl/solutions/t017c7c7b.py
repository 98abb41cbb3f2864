"""Continue the vertically repeating blue pattern to 9 rows and paint it red."""

from dsl import BLUE, RED, crop, period, replace, tile, width


def transform(grid):
    p = period(grid, "v")
    motif = crop(grid, 0, 0, p, width(grid))
    return replace(crop(tile(motif, 9 // p + 1, 1), 0, 0, 9, width(grid)), BLUE, RED)
