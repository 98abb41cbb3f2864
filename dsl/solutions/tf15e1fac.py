"""Cyan beams run across the grid and step one cell aside at every red marker's line."""

from dsl import CYAN, RED, fill_cells, find, height, mirror, rotate, width


def beams(grid):
    out, step = grid, 0
    for r in range(height(grid)):
        step = step + (grid[r, 0] == RED)
        out = fill_cells(
            out, [(r, c + step) for c in range(width(grid)) if grid[0, c] == CYAN], CYAN
        )
    return out


def transform(grid):
    for turns in range(4):
        for flip in (False, True):
            g = rotate(grid, turns)
            g = mirror(g, "h") if flip else g
            if all(r == 0 for r, _ in find(g, CYAN)) and all(c == 0 for _, c in find(g, RED)):
                out = beams(g)
                return rotate(mirror(out, "h") if flip else out, 4 - turns)
