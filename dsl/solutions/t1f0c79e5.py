"""Each red corner of the 2x2 block shoots a diagonal trail of the block towards its side."""

from dsl import BLACK, RED, bbox, color, find, from_grid, height, rect, replace, width


def transform(grid):
    top, left, _, _ = bbox(from_grid(grid, BLACK))
    colour = color(from_grid(replace(grid, RED, BLACK), BLACK))
    out = grid
    for r, c in find(grid, RED):
        dr, dc = (-1 if r == top else 1), (-1 if c == left else 1)
        for k in range(max(height(grid), width(grid))):
            out = rect(out, top + k * dr, left + k * dc, 2, 2, colour)
    return out
