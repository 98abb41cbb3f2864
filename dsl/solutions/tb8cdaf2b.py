"""Shoot diagonals of the base's centre colour up and outwards from the ends of the cap."""

from dsl import height, ray, width


def transform(grid):
    h, w = height(grid), width(grid)
    cap = [c for c in range(w) if grid[h - 2, c] != 0]
    ink = grid[h - 1, w // 2]
    out = ray(grid, (h - 2, cap[0]), "up-left", ink)
    return ray(out, (h - 2, cap[-1]), "up-right", ink)
