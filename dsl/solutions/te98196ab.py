"""Overlay the two halves above and below the grey divider."""

from dsl import BLACK, overlay, vsplit


def transform(grid):
    top, bottom = vsplit(grid, 2)
    return overlay(top, bottom, BLACK)
