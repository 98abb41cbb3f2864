"""Assemble the nine 3x3 jigsaw pieces into a square, each placed by where its colour lies."""

from dsl import canvas, crop, from_grid, height, paint, width


def sign(x):
    return (x > 0) - (x < 0)


def transform(grid):
    covered, out = set(), canvas(0, 9, 9)
    for r in range(height(grid)):
        for c in range(width(grid)):
            if grid[r, c] != 0 and (r, c) not in covered:
                covered = covered | {(r + i, c + j) for i in range(3) for j in range(3)}
                piece = crop(grid, r, c, 3, 3)
                ink = [(i, j) for i in range(3) for j in range(3) if piece[i, j] != 5]
                dr = sign(sum(i - 1 for i, _ in ink))
                dc = sign(sum(j - 1 for _, j in ink))
                out = paint(out, from_grid(piece, 0, 3 + 3 * dr, 3 + 3 * dc))
    return out
