# expect: rejected import of 'random' is not allowed
"""A forbidden import whose failure the program catches: still rejected."""


def transform(grid):
    try:
        import random
    except BaseException:
        pass
    return grid
