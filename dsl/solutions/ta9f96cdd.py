"""Replace the red cell by four coloured diagonal neighbours: green, pink, cyan, orange."""

from dsl import fill_cells, find, replace


def transform(grid):
    r, c = find(grid, 2)[0]
    out = replace(grid, 2, 0)
    for dr, dc, ink in [(-1, -1, 3), (-1, 1, 6), (1, -1, 8), (1, 1, 7)]:
        out = fill_cells(out, [(r + dr, c + dc)], ink)
    return out
