"""Count the panels cut by the divider lines; output that many rows and columns of background."""

from dsl import canvas, most_common, partition


def transform(grid):
    panels = partition(grid)
    return canvas(most_common(grid), len(panels), len(panels[0]))
