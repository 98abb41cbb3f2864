# expect: rejected defines no function transform(grid)
"""A program without the entry point."""


def solve(grid):
    return grid
