"""Fill the empty arms running through the noise with green, keeping a black margin."""

from dsl import fill_cells, height, width


def clear_cells(grid):
    """Black cells whose whole 3x3 neighbourhood inside the grid is black."""
    h, w = height(grid), width(grid)
    near = [(i, j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
    return {
        (r, c)
        for r in range(h)
        for c in range(w)
        if all(grid[r + i, c + j] == 0 for i, j in near if 0 <= r + i < h and 0 <= c + j < w)
    }


def run(free, r, c, w):
    """How many clear cells start at (r, c) going right."""
    k = 0
    while c + k < w and (r, c + k) in free:
        k = k + 1
    return k


def arms(free, h, w):
    """Clear rectangles longer than wide that touch an edge at one end, largest first."""
    found = []
    for r in range(h):
        for c in range(w):
            span = w
            for rows in range(1, h - r + 1):
                span = min(span, run(free, r + rows - 1, c, w))
                if span == 0:
                    break
                if (rows > span and (r == 0 or r + rows == h)) or (
                    span > rows and (c == 0 or c + span == w)
                ):
                    found = found + [(r, c, rows, span)]
    return sorted(found, key=lambda a: -a[2] * a[3])


def ends(top, left, rows, cols, h, w):
    """For each end of the arm: whether it lies on the grid edge, and the cells at and past it."""
    if rows > cols:
        span = range(left, left + cols)
        return [
            (top == 0, {(top + d, j) for d in (-1, 0) for j in span}),
            (top + rows == h, {(top + rows - 1 + d, j) for d in (0, 1) for j in span}),
        ]
    span = range(top, top + rows)
    return [
        (left == 0, {(i, left + d) for d in (-1, 0) for i in span}),
        (left + cols == w, {(i, left + cols - 1 + d) for d in (0, 1) for i in span}),
    ]


def transform(grid):
    h, w = height(grid), width(grid)
    lanes = set()
    for top, left, rows, cols in arms(clear_cells(grid), h, w):
        anchored = all(edge or cap & lanes for edge, cap in ends(top, left, rows, cols, h, w))
        if not lanes or anchored:
            lanes = lanes | {(top + i, left + j) for i in range(rows) for j in range(cols)}
    return fill_cells(grid, lanes, 3)
