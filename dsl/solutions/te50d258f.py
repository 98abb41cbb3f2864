"""Cut out the cyan panel that holds the most red cells."""

from dsl import BLACK, RED, count_color, objects, subgrid


def transform(grid):
    panels = [subgrid(obj, BLACK) for obj in objects(grid, BLACK, multicolor=True)]
    return max(panels, key=lambda p: count_color(p, RED))
