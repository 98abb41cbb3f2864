"""Shift the nested rings' colours outward by one; the innermost colour wraps to the outside."""

from dsl import height, map_colors


def transform(grid):
    layers = []
    for i in range((height(grid) + 1) // 2):
        if grid[i, i] not in layers:
            layers = layers + [grid[i, i]]
    return map_colors(grid, {layers[i]: layers[i - 1] for i in range(len(layers))})
