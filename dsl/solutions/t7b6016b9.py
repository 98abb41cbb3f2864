"""Fill the areas enclosed by the lines with red and the open background with green."""

from dsl import GREEN, RED, fill_enclosed, replace


def transform(grid):
    return replace(fill_enclosed(grid, RED, 0), 0, GREEN)
