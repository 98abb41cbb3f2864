"""Complete the dashed blue rectangle and any dashed line across it by filling its gaps with red."""

from dsl import BLUE, RED, count_color, crop, fill_cells, find, rotate


def transform(grid):
    return _fill_rows(rotate(_fill_rows(rotate(grid, 1)), -1))


def _fill_rows(grid):
    blue = find(grid, BLUE)
    left = min(c for _, c in blue)
    right = max(c for _, c in blue)
    w = right - left + 1
    out = grid
    for r in range(min(r for r, _ in blue), max(r for r, _ in blue) + 1):
        if 2 * count_color(crop(grid, r, left, 1, w), BLUE) > w:
            gaps = [(r, c) for c in range(left, right + 1) if grid[r, c] == 0]
            out = fill_cells(out, gaps, RED)
    return out
