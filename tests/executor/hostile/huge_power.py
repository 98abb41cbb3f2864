# expect: timeout
"""10 ** (10 ** 9): minutes of big-integer arithmetic."""


def transform(grid):
    return 10 ** (10**9)
