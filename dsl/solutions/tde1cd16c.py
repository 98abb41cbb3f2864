"""Output the colour of the region that holds the most speckles."""

from dsl import canvas, find, height, least_common, palette, width


def transform(grid):
    h, w = height(grid), width(grid)
    speck = least_common(grid)
    tally = {v: 0 for v in palette(grid)}
    for r, c in find(grid, speck):
        near = [
            grid[a, b]
            for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
            if 0 <= a < h and 0 <= b < w and grid[a, b] != speck
        ]
        region = max(near, key=lambda v: sum(x == v for x in near))
        tally[region] = tally[region] + 1
    return canvas(max(tally, key=lambda v: tally[v]), 1, 1)
