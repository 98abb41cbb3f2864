"""Output the colour at the centre of the one cell fully ringed by another colour."""

from dsl import BLACK, canvas, height, width


def transform(grid):
    for r in range(1, height(grid) - 1):
        for c in range(1, width(grid) - 1):
            ring = {grid[r + a, c + b] for a in (-1, 0, 1) for b in (-1, 0, 1) if a or b}
            if len(ring) == 1 and BLACK not in ring and grid[r, c] not in ring:
                return canvas(grid[r, c], 1, 1)
