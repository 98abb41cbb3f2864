# expect: invalid output has type str, not a grid
"""Text instead of a grid."""


def transform(grid):
    return "a grid"
