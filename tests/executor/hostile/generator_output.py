# expect: invalid output has type generator, not a grid
"""A generator of rows."""


def transform(grid):
    return (list(row) for row in grid)
