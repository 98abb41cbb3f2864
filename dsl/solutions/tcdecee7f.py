"""Read the scattered colours left to right and snake them into a 3x3 grid."""

from dsl import canvas, fill_cells, find, palette


def transform(grid):
    dots = sorted((c, grid[r, c]) for k in palette(grid) if k != 0 for r, c in find(grid, k))
    snake = [(0, 0), (0, 1), (0, 2), (1, 2), (1, 1), (1, 0), (2, 0), (2, 1), (2, 2)]
    out = canvas(0, 3, 3)
    for place, (_, ink) in zip(snake, dots, strict=False):
        out = fill_cells(out, [place], ink)
    return out
