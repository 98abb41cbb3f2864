# expect: invalid output has type NoneType, not a grid
"""Nothing returned."""


def transform(grid):
    pass
