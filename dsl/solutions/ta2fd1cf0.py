"""Join the red cell to the green cell with a cyan elbow: across first, then up or down."""

from dsl import fill_cells, find, line


def transform(grid):
    (r2, c2), (r3, c3) = find(grid, 2)[0], find(grid, 3)[0]
    out = line(grid, (r2, c2), (r2, c3), 8)
    out = line(out, (r2, c3), (r3, c3), 8)
    return fill_cells(fill_cells(out, [(r2, c2)], 2), [(r3, c3)], 3)
