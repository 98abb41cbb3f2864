"""Overlay the four quadrants: orange over yellow over cyan over pink."""

from dsl import overlay, partition


def transform(grid):
    (orange, yellow), (cyan, pink) = partition(grid)
    return overlay(overlay(overlay(pink, cyan, 0), yellow, 0), orange, 0)
