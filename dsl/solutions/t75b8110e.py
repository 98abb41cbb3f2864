"""Stack the four 4x4 quadrants, grey over pink over brown over yellow."""

from dsl import hsplit, overlay, vsplit


def transform(grid):
    top, bottom = vsplit(grid, 2)
    yellow, grey = hsplit(top, 2)
    pink, brown = hsplit(bottom, 2)
    return overlay(overlay(overlay(yellow, brown, 0), pink, 0), grey, 0)
