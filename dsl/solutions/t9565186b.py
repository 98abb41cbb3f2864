"""Keep the most common colour; paint every other cell grey."""

from dsl import GREY, map_colors, most_common, palette


def transform(grid):
    keep = most_common(grid)
    return map_colors(grid, {k: GREY for k in palette(grid) if k != keep})
