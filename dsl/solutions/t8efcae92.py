"""Output the blue rectangle holding the most red cells."""

from dsl import RED, count_color, objects, subgrid


def transform(grid):
    boxes = [subgrid(obj, 0) for obj in objects(grid, 0, multicolor=True)]
    return max(boxes, key=lambda b: count_color(b, RED))
