"""Paint red the black rectangles at least 2x2 in the grey noise, largest first."""

from dsl import height, rect, width


def largest_hole(grid):
    h, w = height(grid), width(grid)
    runs = {}
    for r in range(h):
        run = 0
        for c in reversed(range(w)):
            run = run + 1 if grid[r, c] == 0 else 0
            runs[(r, c)] = run
    best = None
    for r in range(h - 1):
        for c in range(w - 1):
            span = runs[(r, c)]
            for rows in range(1, h - r + 1):
                span = min(span, runs[(r + rows - 1, c)])
                if span < 2:
                    break
                if rows >= 2 and (best is None or rows * span > best[2] * best[3]):
                    best = (r, c, rows, span)
    return best


def transform(grid):
    hole = largest_hole(grid)
    while hole is not None:
        grid = rect(grid, *hole, 2)
        hole = largest_hole(grid)
    return grid
