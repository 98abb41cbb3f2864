# expect: invalid output cell value 10 is outside 0-9
"""A colour that does not exist."""


def transform(grid):
    return [[1, 10]]
