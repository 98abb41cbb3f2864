"""Fill the empty cells of every column holding a colour with cyan, then tile the result 2x2."""

from dsl import BLACK, CYAN, fill_cells, height, tile, width


def transform(grid):
    h, w = height(grid), width(grid)
    cols = [c for c in range(w) if any(grid[r, c] != BLACK for r in range(h))]
    out = fill_cells(grid, [(r, c) for c in cols for r in range(h) if grid[r, c] == BLACK], CYAN)
    return tile(out, 2, 2)
