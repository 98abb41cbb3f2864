"""Repeat the black stencil in the marker's colour diagonally away, starting at the marker."""

from dsl import BLACK, fill_cells, find, height, most_common, palette, width


def transform(grid):
    bg = most_common(grid)
    mark = [v for v in palette(grid) if v not in (bg, BLACK)][0]
    mr, mc = find(grid, mark)[0]
    stencil = find(grid, BLACK)
    rows, cols = [r for r, _ in stencil], [c for _, c in stencil]
    dr = 1 if 2 * mr > min(rows) + max(rows) else -1
    dc = 1 if 2 * mc > min(cols) + max(cols) else -1
    step = 1
    while (mr - dr * step, mc - dc * step) not in stencil or any(
        (r + dr * step, c + dc * step) in stencil for r, c in stencil
    ):
        step = step + 1
    out = grid
    for k in range(1, height(grid) + width(grid)):
        out = fill_cells(out, [(r + dr * step * k, c + dc * step * k) for r, c in stencil], mark)
    return out
