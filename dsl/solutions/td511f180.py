"""Swap grey and cyan."""

from dsl import CYAN, GREY, map_colors


def transform(grid):
    return map_colors(grid, {GREY: CYAN, CYAN: GREY})
