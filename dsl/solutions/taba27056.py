"""Fill the open container with yellow and let it pour out of its gap, spreading diagonally."""

from dsl import bbox, fill_cells, objects, ray


def transform(grid):
    top, left, h, w = bbox(objects(grid, 0)[0])
    inside = [(r, c) for r in range(top, top + h) for c in range(left, left + w) if grid[r, c] == 0]
    out = fill_cells(grid, inside, 4)
    sides = [
        ([p for p in inside if p[0] == top], "up", "up-left", "up-right"),
        ([p for p in inside if p[0] == top + h - 1], "down", "down-left", "down-right"),
        ([p for p in inside if p[1] == left], "left", "up-left", "down-left"),
        ([p for p in inside if p[1] == left + w - 1], "right", "up-right", "down-right"),
    ]
    for gap, beam, first_edge, last_edge in sides:
        if gap:
            for p in gap:
                out = ray(out, p, beam, 4)
            out = ray(ray(out, gap[0], first_edge, 4), gap[-1], last_edge, 4)
    return out
