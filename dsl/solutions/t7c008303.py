"""Colour each quadrant of the green pattern with the matching cell of the 2x2 key."""

from dsl import fill_cells, find, height, partition, upscale, width


def transform(grid):
    blocks = [b for row in partition(grid) for b in row]
    key = [b for b in blocks if height(b) == 2 and width(b) == 2][0]
    pattern = [b for b in blocks if height(b) == 6 and width(b) == 6][0]
    return fill_cells(upscale(key, 3), find(pattern, 0), 0)
