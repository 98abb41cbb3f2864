"""In a lattice of cells, join equal-coloured cells of a row or column by filling in between."""

from dsl import BLACK, height, partition, rect


def transform(grid):
    parts = partition(grid)
    k = height(parts[0][0])
    colours = [[cell[0, 0] for cell in row] for row in parts]
    n, m = len(colours), len(colours[0])
    out = grid
    for i in range(n):
        for j in range(m):
            c = colours[i][j]
            if c == BLACK:
                continue
            for j2 in range(j + 1, m):
                if colours[i][j2] == c:
                    for jj in range(j, j2 + 1):
                        out = rect(out, i * (k + 1), jj * (k + 1), k, k, c)
            for i2 in range(i + 1, n):
                if colours[i2][j] == c:
                    for ii in range(i, i2 + 1):
                        out = rect(out, ii * (k + 1), j * (k + 1), k, k, c)
    return out
