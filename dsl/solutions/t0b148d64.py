"""Crop out the quadrant drawn in the colour that appears least."""

from dsl import BLACK, count_color, only, palette, trim


def transform(grid):
    odd = min([c for c in palette(grid) if c != BLACK], key=lambda c: count_color(grid, c))
    return trim(only(grid, odd, BLACK), BLACK)
