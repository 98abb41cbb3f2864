"""Mirror each shape across its 2x2 colour key: each key colour gets the reflection on its side."""

from dsl import cells, color, fill_cells, objects


def find_key(shape, key):
    """The shape's corner cell inside the 2x2 key square, and the diagonally opposite cell."""
    rows, cols = [r for r, _ in key], [c for _, c in key]
    for top in range(max(rows) - 1, min(rows) + 1):
        for left in range(max(cols) - 1, min(cols) + 1):
            square = [(top + i, left + j) for i in (0, 1) for j in (0, 1)]
            corners = [p for p in square if p in shape]
            if len(corners) == 1:
                kr, kc = corners[0]
                return (kr, kc), (2 * top + 1 - kr, 2 * left + 1 - kc)


def transform(grid):
    out = grid
    for figure in objects(grid, 0, diagonal=True, multicolor=True):
        main = color(figure)
        shape = [p for p in cells(figure) if grid[p] == main]
        (kr, kc), (r2, c2) = find_key(shape, [p for p in cells(figure) if grid[p] != main])
        mirrors = [
            (grid[kr, c2], [(r, kc + c2 - c) for r, c in shape]),
            (grid[r2, kc], [(kr + r2 - r, c) for r, c in shape]),
            (grid[r2, c2], [(kr + r2 - r, kc + c2 - c) for r, c in shape]),
        ]
        for ink, copy in mirrors:
            if ink != 0:
                out = fill_cells(out, copy, ink)
    return out
