# expect: timeout
"""One long C loop that never looks at signals: the parent kills the worker."""


def transform(grid):
    return sum(range(10**13))
