"""Reverse the order of the colours of the concentric rings."""

from dsl import height, map_colors


def transform(grid):
    n = height(grid) // 2
    return map_colors(grid, {grid[i, i]: grid[n - 1 - i, n - 1 - i] for i in range(n)})
