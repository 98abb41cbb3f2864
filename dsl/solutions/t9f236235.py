"""Shrink the grid of coloured blocks to one cell per block, then mirror it left-right."""

from dsl import canvas, fill_cells, mirror, partition


def transform(grid):
    blocks = partition(grid)
    out = canvas(0, len(blocks), len(blocks[0]))
    for r, row in enumerate(blocks):
        for c, block in enumerate(row):
            out = fill_cells(out, [(r, c)], block[0, 0])
    return mirror(out, "h")
