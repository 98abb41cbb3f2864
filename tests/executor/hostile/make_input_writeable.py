# expect: error WRITEABLE
"""Making the input grid writeable again."""


def transform(grid):
    grid.flags.writeable = True
    return grid
