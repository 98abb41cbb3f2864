# expect: error RecursionError
"""Unbounded recursion."""


def deeper(n):
    return deeper(n + 1)


def transform(grid):
    return deeper(0)
