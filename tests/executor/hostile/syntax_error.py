# expect: rejected SyntaxError
"""Not Python."""


def transform(grid)
    return grid
