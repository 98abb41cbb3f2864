# expect: ok
"""A hundred megabytes of printing: discarded."""


def transform(grid):
    for _ in range(100_000):
        print("x" * 1000)
    return grid
