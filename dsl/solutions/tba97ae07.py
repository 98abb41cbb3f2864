"""Where the two bands cross, show the band that was underneath on top."""

from dsl import fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    rows = [r for r in range(h) if all(grid[r, c] != 0 for c in range(w))]
    cols = [c for c in range(w) if all(grid[r, c] != 0 for r in range(h))]
    across = [grid[rows[0], c] for c in range(w) if c not in cols][0]
    down = [grid[r, cols[0]] for r in range(h) if r not in rows][0]
    under = across if grid[rows[0], cols[0]] == down else down
    return fill_cells(grid, [(r, c) for r in rows for c in cols], under)
