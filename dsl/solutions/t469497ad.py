"""Scale up by the colour count; shoot red diagonals from the square's corners through black."""

from dsl import RED, bbox, crop, fill_cells, height, objects, palette, upscale, width


def transform(grid):
    k = len(palette(grid)) - 1
    square = objects(crop(grid, 0, 0, height(grid) - 1, width(grid) - 1), 0)[0]
    top, left, sh, sw = [k * v for v in bbox(square)]
    big = upscale(grid, k)
    h, w = height(big), width(big)
    out = big
    for r, c, dr, dc in [
        (top, left, -1, -1),
        (top, left + sw - 1, -1, 1),
        (top + sh - 1, left, 1, -1),
        (top + sh - 1, left + sw - 1, 1, 1),
    ]:
        r, c = r + dr, c + dc
        while 0 <= r < h and 0 <= c < w and big[r, c] == 0:
            out = fill_cells(out, [(r, c)], RED)
            r, c = r + dr, c + dc
    return out
