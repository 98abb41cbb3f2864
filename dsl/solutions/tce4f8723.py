"""Mark green every cell coloured in either half above or below the divider."""

from dsl import combine, vsplit


def transform(grid):
    top, bottom = vsplit(grid, 2)
    return combine(top, bottom, "or", 3, 0)
