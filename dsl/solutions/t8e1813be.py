"""List the colours of the full lines, in order, as the stripes of a square."""

from dsl import GREY, canvas, find, line, mirror, palette


def transform(grid):
    colours = [k for k in palette(grid) if k not in (0, GREY)]
    first = find(grid, colours[0])
    across = all(r == first[0][0] for r, _ in first)
    axis = 0 if across else 1
    colours = sorted(colours, key=lambda k: find(grid, k)[0][axis])
    n = len(colours)
    out = canvas(0, n, n)
    for i, k in enumerate(colours):
        out = line(out, (i, 0), (i, n - 1), k)
    return out if across else mirror(out, "d")
