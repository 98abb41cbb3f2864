"""Mark the outer diagonal corners of every grey 2x2 block with blue, red, green and yellow."""

from dsl import BLUE, GREEN, RED, YELLOW, bbox, fill_cells, objects


def transform(grid):
    out = grid
    for block in objects(grid, 0):
        r, c, _, _ = bbox(block)
        out = fill_cells(out, [(r - 1, c - 1)], BLUE)
        out = fill_cells(out, [(r - 1, c + 2)], RED)
        out = fill_cells(out, [(r + 2, c - 1)], GREEN)
        out = fill_cells(out, [(r + 2, c + 2)], YELLOW)
    return out
