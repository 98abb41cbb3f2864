"""Colour green strokes by shape: L-bends blue, U-bends pink, branched strokes red."""

from dsl import BLACK, BLUE, PINK, RED, cells, objects, paint, recolor


def transform(grid):
    out = grid
    for obj in objects(grid, BLACK):
        spots = set(cells(obj))
        ends, bends = 0, 0
        for r, c in spots:
            nb = [
                (a, b)
                for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                if (a, b) in spots
            ]
            if len(nb) == 1:
                ends = ends + 1
            if len(nb) == 2 and nb[0][0] != nb[1][0] and nb[0][1] != nb[1][1]:
                bends = bends + 1
        ink = RED if ends > 2 else BLUE if bends == 1 else PINK
        out = paint(out, recolor(obj, ink))
    return out
