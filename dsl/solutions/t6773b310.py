"""Mark with blue each cell of the 3x3 board whose section holds two pink dots."""

from dsl import BLUE, PINK, canvas, count_color, fill_cells, partition


def transform(grid):
    sections = partition(grid)
    out = canvas(0, len(sections), len(sections[0]))
    for r, row in enumerate(sections):
        for c, section in enumerate(row):
            if count_color(section, PINK) == 2:
                out = fill_cells(out, [(r, c)], BLUE)
    return out
