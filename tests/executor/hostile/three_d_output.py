# expect: invalid output is a 3-D array, not 2-D
"""A 3-D array."""


def transform(grid):
    return np.zeros((2, 2, 2), dtype=int)
