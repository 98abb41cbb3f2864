"""Tile the grid 2x2, then give every coloured cell cyan diagonal neighbours on empty cells."""

from dsl import BLACK, CYAN, canvas, fill_cells, height, overlay, tile, width


def transform(grid):
    big = tile(grid, 2, 2)
    marks = canvas(BLACK, height(big), width(big))
    for r in range(height(big)):
        for c in range(width(big)):
            if big[r, c] != BLACK:
                marks = fill_cells(
                    marks, [(r - 1, c - 1), (r - 1, c + 1), (r + 1, c - 1), (r + 1, c + 1)], CYAN
                )
    return overlay(marks, big, BLACK)
