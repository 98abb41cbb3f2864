"""Put the cyan shape in the frame; each cyan cell takes its strictly nearest bar's colour."""

from dsl import CYAN, fill_cells, find, height, only, replace, trim, width


def transform(grid):
    frame = trim(replace(grid, CYAN, 0), 0)
    shape = trim(only(grid, CYAN, 0), 0)
    n, m = height(shape), width(shape)
    bars = [frame[0, 1], frame[n + 1, 1], frame[1, 0], frame[1, m + 1]]
    out = frame
    for i, j in find(shape, CYAN):
        dists = [i, n - 1 - i, j, m - 1 - j]
        near = [k for k in range(4) if dists[k] == min(dists)]
        out = fill_cells(out, [(i + 1, j + 1)], bars[near[0]] if len(near) == 1 else CYAN)
    return out
