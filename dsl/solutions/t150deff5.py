"""Cut the grey shape into 2x2 squares (cyan) and straight bars of three (red)."""

from dsl import CYAN, GREY, RED, fill_cells, find


def transform(grid):
    pieces = [
        (CYAN, [(0, 0), (0, 1), (1, 0), (1, 1)]),
        (RED, [(0, 0), (0, 1), (0, 2)]),
        (RED, [(0, 0), (1, 0), (2, 0)]),
    ]

    def solve(left):
        if not left:
            return []
        r, c = min(left)
        for colour, offsets in pieces:
            piece = [(r + dr, c + dc) for dr, dc in offsets]
            if all(cell in left for cell in piece):
                rest = solve([cell for cell in left if cell not in piece])
                if rest is not None:
                    return [(colour, piece)] + rest
        return None

    out = grid
    for colour, piece in solve(find(grid, GREY)):
        out = fill_cells(out, piece, colour)
    return out
