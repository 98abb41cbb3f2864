# expect: invalid output is 1000x1000, larger than 30x30
"""A huge array as output."""


def transform(grid):
    return np.zeros((1000, 1000), dtype=int)
