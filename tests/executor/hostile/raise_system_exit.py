# expect: error SystemExit: 3
"""SystemExit raised directly."""


def transform(grid):
    raise SystemExit(3)
