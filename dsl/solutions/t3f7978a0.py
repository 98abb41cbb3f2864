"""Cut out the box spanned by the two grey columns and their cyan end caps."""

from dsl import GREY, crop, find


def transform(grid):
    grey = find(grid, GREY)
    rows = [r for r, _ in grey]
    cols = [c for _, c in grey]
    top, left = min(rows) - 1, min(cols)
    return crop(grid, top, left, max(rows) - top + 2, max(cols) - left + 1)
