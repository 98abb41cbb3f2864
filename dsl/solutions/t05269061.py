"""Fill the grid with the diagonal stripes, each colour repeating every third anti-diagonal."""

from dsl import BLACK, canvas, fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    stripe = {(r + c) % 3: grid[r, c] for r in range(h) for c in range(w) if grid[r, c] != BLACK}
    out = canvas(BLACK, h, w)
    for k in stripe:
        out = fill_cells(
            out, [(r, c) for r in range(h) for c in range(w) if (r + c) % 3 == k], stripe[k]
        )
    return out
