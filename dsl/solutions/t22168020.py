"""Fill each row between the two cells of a colour that share it, turning the V shapes solid."""

from dsl import BLACK, height, line, width


def transform(grid):
    out = grid
    for r in range(height(grid)):
        cols = [c for c in range(width(grid)) if grid[r, c] != BLACK]
        for c1 in cols:
            for c2 in cols:
                if c1 < c2 and grid[r, c1] == grid[r, c2]:
                    out = line(out, (r, c1), (r, c2), grid[r, c1])
    return out
