"""The cell drops one row; yellow columns of matching parity fill the rows above it."""

from dsl import YELLOW, canvas, fill_cells, find, height, line, palette, width


def transform(grid):
    k = palette(grid)[1]
    r, c = find(grid, k)[0]
    out = canvas(0, height(grid), width(grid))
    for col in range(c % 2, width(grid), 2):
        out = line(out, (0, col), (r, col), YELLOW)
    return fill_cells(out, [(r + 1, c)], k)
