"""Put a green plus halfway between the two blue cells."""

from dsl import BLUE, GREEN, fill_cells, find


def transform(grid):
    (r1, c1), (r2, c2) = find(grid, BLUE)
    r, c = (r1 + r2) // 2, (c1 + c2) // 2
    return fill_cells(grid, [(r, c), (r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)], GREEN)
