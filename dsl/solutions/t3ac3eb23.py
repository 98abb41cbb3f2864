"""Each coloured top-row cell zigzags down: its own column, then both neighbours, alternately."""

from dsl import fill_cells, height, width


def transform(grid):
    out = grid
    for c in range(width(grid)):
        v = grid[0, c]
        if v != 0:
            for r in range(1, height(grid)):
                cols = [c] if r % 2 == 0 else [c - 1, c + 1]
                out = fill_cells(out, [(r, k) for k in cols], v)
    return out
