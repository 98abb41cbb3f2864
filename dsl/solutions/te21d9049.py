"""Repeat the coloured row and column segments of the cross across the whole grid."""

from dsl import BLACK, fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    row = max(range(h), key=lambda r: sum(grid[r, c] != BLACK for c in range(w)))
    col = max(range(w), key=lambda c: sum(grid[r, c] != BLACK for r in range(h)))
    across = [c for c in range(w) if grid[row, c] != BLACK]
    down = [r for r in range(h) if grid[r, col] != BLACK]
    out = grid
    for c in range(w):
        src = [k for k in across if (k - c) % len(across) == 0][0]
        out = fill_cells(out, [(row, c)], grid[row, src])
    for r in range(h):
        src = [k for k in down if (k - r) % len(down) == 0][0]
        out = fill_cells(out, [(r, col)], grid[src, col])
    return out
