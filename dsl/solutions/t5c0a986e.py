"""The blue square shoots a blue diagonal up-left, the red square a red diagonal down-right."""

from dsl import BLUE, RED, find, ray


def transform(grid):
    out = ray(grid, find(grid, BLUE)[0], "up-left", BLUE)
    return ray(out, find(grid, RED)[-1], "down-right", RED)
