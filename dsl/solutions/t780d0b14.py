"""Summarise each block between the black divider lines by its colour."""

from dsl import canvas, fill_cells, palette, partition


def transform(grid):
    blocks = partition(grid)
    out = canvas(0, len(blocks), len(blocks[0]))
    for i, row in enumerate(blocks):
        for j, block in enumerate(row):
            out = fill_cells(out, [(i, j)], max(palette(block)))
    return out
