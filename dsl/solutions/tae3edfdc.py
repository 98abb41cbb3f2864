"""Pull the green cells next to the red centre and the orange cells next to the blue centre."""

from dsl import fill_cells, find, replace


def transform(grid):
    out = grid
    for centre, satellite in [(2, 3), (1, 7)]:
        r0, c0 = find(grid, centre)[0]
        out = replace(out, satellite, 0)
        for r, c in find(grid, satellite):
            dr, dc = (r > r0) - (r < r0), (c > c0) - (c < c0)
            out = fill_cells(out, [(r0 + dr, c0 + dc)], satellite)
    return out
