"""Output the 3x3 block that holds the most blue cells."""

from dsl import count_color, objects, subgrid


def transform(grid):
    blocks = [subgrid(o, 0) for o in objects(grid, 0, multicolor=True)]
    return max(blocks, key=lambda b: count_color(b, 1))
