# expect: error read-only
"""Writing into the input grid."""


def transform(grid):
    grid[0, 0] = 5
    return grid
