"""Each blue cell drops through its grey post into the grey floor."""

from dsl import BLACK, BLUE, fill_cells, find, height


def transform(grid):
    blues = find(grid, BLUE)
    out = fill_cells(grid, blues, BLACK)
    return fill_cells(out, [(height(grid) - 1, c) for _, c in blues], BLUE)
