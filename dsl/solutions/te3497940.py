"""Fold the right half over the grey spine onto the left half."""

from dsl import BLACK, hsplit, mirror, overlay


def transform(grid):
    left, right = hsplit(grid, 2)
    return overlay(left, mirror(right, "h"), BLACK)
