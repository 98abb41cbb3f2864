"""Fill with red every hole inside the grey shapes that is a perfect square."""

from dsl import GREY, RED, bbox, cells, fill_cells, objects, size, touches_border


def transform(grid):
    out = grid
    for hole in objects(grid, GREY):
        _, _, h, w = bbox(hole)
        if not touches_border(hole, grid) and h == w and size(hole) == h * w:
            out = fill_cells(out, cells(hole), RED)
    return out
