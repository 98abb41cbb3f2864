"""Copy the richest lattice cell's ring of neighbours around every other cell of its colour."""

from dsl import BLACK, height, partition, rect


def transform(grid):
    panels = partition(grid)
    k = height(panels[0][0])
    lattice = [[p[0, 0] for p in row] for row in panels]
    n, m = len(lattice), len(lattice[0])
    steps = [(di, dj) for di in (-1, 0, 1) for dj in (-1, 0, 1) if (di, dj) != (0, 0)]

    def ring(i, j):
        return {
            (di, dj): lattice[i + di][j + dj]
            for di, dj in steps
            if 0 <= i + di < n and 0 <= j + dj < m and lattice[i + di][j + dj] != BLACK
        }

    coloured = [(i, j) for i in range(n) for j in range(m) if lattice[i][j] != BLACK]
    ci, cj = max(coloured, key=lambda ij: len(ring(ij[0], ij[1])))
    template = ring(ci, cj)
    out = grid
    for i, j in coloured:
        if lattice[i][j] == lattice[ci][cj]:
            for di, dj in template:
                if 0 <= i + di < n and 0 <= j + dj < m:
                    out = rect(out, (i + di) * (k + 1), (j + dj) * (k + 1), k, k, template[di, dj])
    return out
