"""Complete each started row by repeating the full row's pattern with the row's own colours."""

from dsl import count_color, crop, from_grid, height, map_colors, paint, width


def transform(grid):
    h, w = height(grid), width(grid)
    full = [r for r in range(h) if count_color(crop(grid, r, 0, 1, w), 0) == 0][0]
    template = crop(grid, full, 0, 1, w)
    out = grid
    for r in range(h):
        if r != full and grid[r, 0] != 0:
            mapping = {template[0, c]: grid[r, c] for c in range(w) if grid[r, c] != 0}
            out = paint(out, from_grid(map_colors(template, mapping), 0, r, 0))
    return out
