"""Each notch of the inner panel becomes a frame-coloured line across it and rays outside."""

from dsl import BLACK, fill_cells, find, height, palette, trim, width


def transform(grid):
    h, w = height(grid), width(grid)
    frame = trim(grid, BLACK)[0, 0]
    inner = [v for v in palette(grid) if v not in (BLACK, frame)][0]
    spots = find(grid, inner)
    row_count = [sum(1 for a, _ in spots if a == r) for r in range(h)]
    col_count = [sum(1 for _, b in spots if b == c) for c in range(w)]
    rows = [r for r in range(h) if 2 * row_count[r] > max(row_count)]
    cols = [c for c in range(w) if 2 * col_count[c] > max(col_count)]
    out = grid
    for r, c in spots:
        if r in rows and c in cols:
            continue
        out = fill_cells(out, [(r, c)], frame)
        if r not in rows:
            out = fill_cells(out, [(k, c) for k in rows], frame)
            out = fill_cells(out, [(k, c) for k in range(h) if grid[k, c] == BLACK], inner)
        else:
            out = fill_cells(out, [(r, k) for k in cols], frame)
            out = fill_cells(out, [(r, k) for k in range(w) if grid[r, k] == BLACK], inner)
    return out
