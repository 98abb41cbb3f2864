"""Bridge the horizontal gaps between red blocks with brown, except on the top and bottom rows."""

from dsl import BLACK, BROWN, RED, fill_cells, find, height


def transform(grid):
    reds = find(grid, RED)
    gaps = []
    for r, c in reds:
        if 0 < r < height(grid) - 1 and (r, c + 1) not in reds:
            ends = [b for a, b in reds if a == r and b > c]
            if ends:
                gaps = gaps + [(r, k) for k in range(c + 1, min(ends))]
    return fill_cells(grid, [g for g in gaps if grid[g] == BLACK], BROWN)
