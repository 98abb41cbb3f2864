"""Each copy of the top cyan motif is continued in blue the way the full motif runs on."""

from dsl import BLUE, fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)

    def last(r):
        return max([-1] + [c for c in range(w) if r < h and grid[r, c] != 0])

    filled = [r for r in range(h) if last(r) >= 0]
    top, n = filled[0], 1
    while top + n in filled:
        n = n + 1
    out = grid
    start = -n
    for s in filled[n:]:
        if s < start + n:
            continue
        start, prev = s, -1
        for i in range(n):
            begin = max(prev, last(s + i)) + 1
            cols = [c for c in range(begin, w) if grid[top + i, c] != 0]
            out = fill_cells(out, [(s + i, c) for c in cols], BLUE)
            prev = last(s + i)
    return out
