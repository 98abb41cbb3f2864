"""Fill the space strictly between each rectangle of four yellow corner marks with red."""

from dsl import find, rect


def transform(grid):
    marks = find(grid, 4)
    out = grid
    for r, c in marks:
        corners = [
            (r2, c2)
            for r2, c2 in marks
            if r2 > r and c2 > c and (r, c2) in marks and (r2, c) in marks
        ]
        if corners:
            r2, c2 = min(corners)
            out = rect(out, r + 1, c + 1, r2 - r - 1, c2 - c - 1, 2)
    return out
