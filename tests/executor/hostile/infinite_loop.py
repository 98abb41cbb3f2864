# expect: timeout
"""A loop that never ends: the worker's alarm stops it."""


def transform(grid):
    while True:
        pass
