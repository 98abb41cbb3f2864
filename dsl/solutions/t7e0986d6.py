"""Remove the noise colour: it joins a rectangle where two neighbours belong to it."""

from dsl import count_color, fill_cells, find, height, palette, replace, width


def transform(grid):
    h, w = height(grid), width(grid)
    colours = palette(grid)[1:]
    noise = min(colours, key=lambda k: count_color(grid, k))
    main = max(colours, key=lambda k: count_color(grid, k))
    out = replace(grid, noise, 0)
    for r, c in find(grid, noise):
        near = [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]
        if sum(1 for i, j in near if 0 <= i < h and 0 <= j < w and grid[i, j] == main) >= 2:
            out = fill_cells(out, [(r, c)], main)
    return out
