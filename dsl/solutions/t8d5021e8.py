"""Mirror the grid to its left, then stack flipped, plain and flipped copies of that."""

from dsl import hconcat, mirror, vconcat


def transform(grid):
    wide = hconcat(mirror(grid, "h"), grid)
    flipped = mirror(wide, "v")
    return vconcat(vconcat(flipped, wide), flipped)
