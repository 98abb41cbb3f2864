"""Draw concentric square rings round the middle dot, spaced like the three diagonal dots."""

from dsl import find, height, outline, palette


def transform(grid):
    colour = palette(grid)[-1]
    dots = find(grid, colour)
    cr, cc = dots[1]
    d = dots[1][0] - dots[0][0]
    out = grid
    for k in range(height(grid) // d + 1):
        out = outline(out, cr - k * d, cc - k * d, 2 * k * d + 1, 2 * k * d + 1, colour)
    return out
