"""Coloured lattice points are cell corners; a cell takes a colour all four corners share."""

from dsl import canvas, count_color, fill_cells, find, palette


def transform(grid):
    lattice = max(palette(grid)[1:], key=lambda k: count_color(grid, k))
    points = [p for k in palette(grid) if k not in (0, lattice) for p in find(grid, k)]
    top = min(r for r, _ in points)
    left = min(c for _, c in points)
    step = (max(r for r, _ in points) - top) // 3
    out = canvas(0, 3, 3)
    for i in range(3):
        for j in range(3):
            corners = [
                grid[top + (i + a) * step, left + (j + b) * step]
                for a in range(2)
                for b in range(2)
            ]
            if corners[0] != lattice and all(v == corners[0] for v in corners):
                out = fill_cells(out, [(i, j)], corners[0])
    return out
