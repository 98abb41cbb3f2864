"""Red cells grow towards the grey line; blue cells grow away from it to the edge."""

from dsl import BLUE, GREY, RED, find, ray


def transform(grid):
    wall = find(grid, GREY)[0][0]
    out = grid
    for r, c in find(grid, RED):
        out = ray(out, (r, c), "down" if r < wall else "up", RED, stop=GREY)
    for r, c in find(grid, BLUE):
        out = ray(out, (r, c), "up" if r < wall else "down", BLUE)
    return out
