"""Clean the noisy stripes: every row (or column) of stripes takes its majority colour."""

from dsl import canvas, crop, height, most_common, rotate, vconcat, width


def clean_rows(grid):
    w = width(grid)
    out = canvas(most_common(crop(grid, 0, 0, 1, w)), 1, w)
    for r in range(1, height(grid)):
        out = vconcat(out, canvas(most_common(crop(grid, r, 0, 1, w)), 1, w))
    return out


def changes(a, b):
    return sum(a[r, c] != b[r, c] for r in range(height(a)) for c in range(width(a)))


def transform(grid):
    by_rows = clean_rows(grid)
    by_cols = rotate(clean_rows(rotate(grid, 1)), 3)
    return by_rows if changes(grid, by_rows) <= changes(grid, by_cols) else by_cols
