"""Complete the repeating pattern and output the patch that was blanked out."""

from dsl import BLACK, crop, fill_pattern, find


def transform(grid):
    hole = find(grid, BLACK)
    rows, cols = [r for r, _ in hole], [c for _, c in hole]
    full = fill_pattern(grid, BLACK)
    return crop(full, min(rows), min(cols), max(rows) - min(rows) + 1, max(cols) - min(cols) + 1)
