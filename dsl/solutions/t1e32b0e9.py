"""Complete the first panel's shape in every panel, drawing missing cells in the divider colour."""

from dsl import BLACK, cells, fill_cells, from_grid, height, partition


def transform(grid):
    panels = partition(grid)
    k = height(panels[0][0])
    divider = grid[k, 0]
    shape = cells(from_grid(panels[0][0], BLACK))
    out = grid
    for i, row in enumerate(panels):
        for j, panel in enumerate(row):
            missing = [(i * (k + 1) + r, j * (k + 1) + c) for r, c in shape if panel[r, c] == BLACK]
            out = fill_cells(out, missing, divider)
    return out
