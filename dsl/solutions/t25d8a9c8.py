"""Single-colour rows become grey, every other row black."""

from dsl import BLACK, GREY, canvas, height, rect, width


def transform(grid):
    w = width(grid)
    out = canvas(BLACK, height(grid), w)
    for r in range(height(grid)):
        if all(grid[r, c] == grid[r, 0] for c in range(w)):
            out = rect(out, r, 0, 1, w, GREY)
    return out
