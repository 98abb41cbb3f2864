"""One column per colour, most frequent first, each as tall as that colour's cell count."""

from dsl import canvas, count_color, line, palette


def transform(grid):
    colours = sorted(palette(grid), key=lambda k: -count_color(grid, k))
    out = canvas(0, count_color(grid, colours[0]), len(colours))
    for j, k in enumerate(colours):
        out = line(out, (0, j), (count_color(grid, k) - 1, j), k)
    return out
