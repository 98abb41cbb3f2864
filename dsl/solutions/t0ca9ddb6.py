"""Give each red cell yellow diagonal neighbours and each blue cell orange orthogonal neighbours."""

from dsl import BLUE, ORANGE, RED, YELLOW, fill_cells, find


def transform(grid):
    out = grid
    for r, c in find(grid, RED):
        out = fill_cells(
            out, [(r - 1, c - 1), (r - 1, c + 1), (r + 1, c - 1), (r + 1, c + 1)], YELLOW
        )
    for r, c in find(grid, BLUE):
        out = fill_cells(out, [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)], ORANGE)
    return out
