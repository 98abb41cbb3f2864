# expect: rejected 'os'
# unguarded: ok
"""Writing straight to file descriptors 1 and 2: they lead to /dev/null."""

import os


def transform(grid):
    for _ in range(1000):
        os.write(1, b"x" * 10_000)
        os.write(2, b"y" * 10_000)
    return grid
