# expect: invalid output is 100000x1000000, larger than 30x30
"""A list of a hundred thousand rows of a million cells (all the same row)."""


def transform(grid):
    row = [0] * 1_000_000
    return [row] * 100_000
