"""Pick the 3x3 block that is not symmetric about its main diagonal."""

from dsl import is_symmetric, vsplit


def transform(grid):
    return [b for b in vsplit(grid, 3) if not is_symmetric(b, "d")][0]
