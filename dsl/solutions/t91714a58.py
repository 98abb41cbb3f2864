"""Keep only the largest solid rectangle; all the noise disappears."""

from dsl import canvas, crop, height, objects, paint, palette, rect, size, width


def transform(grid):
    h, w = height(grid), width(grid)
    solid = canvas(0, h, w)
    for r in range(h - 1):
        for c in range(w - 1):
            if grid[r, c] != 0 and len(palette(crop(grid, r, c, 2, 2))) == 1:
                solid = rect(solid, r, c, 2, 2, grid[r, c])
    return paint(canvas(0, h, w), max(objects(solid, 0), key=size))
