# expect: error KeyboardInterrupt
"""KeyboardInterrupt raised directly."""


def transform(grid):
    raise KeyboardInterrupt
