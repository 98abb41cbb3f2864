"""Name each grey block by where its hole is; each name is a colour row."""

from dsl import canvas, hsplit, line


def transform(grid):
    out = canvas(0, 3, 3)
    for i, block in enumerate(hsplit(grid, 3)):
        if block[1, 1] == 0:
            k = 8
        elif block[3, 1] == 0:
            k = 4
        elif block[1, 0] == 0:
            k = 3
        else:
            k = 2
        out = line(out, (i, 0), (i, 2), k)
    return out
