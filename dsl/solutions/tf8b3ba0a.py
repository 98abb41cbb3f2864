"""List the minority block colours from most to least frequent, as a column."""

from dsl import BLACK, canvas, count_color, fill_cells, palette


def transform(grid):
    inks = sorted([v for v in palette(grid) if v != BLACK], key=lambda v: -count_color(grid, v))
    out = canvas(BLACK, len(inks) - 1, 1)
    for i, v in enumerate(inks[1:]):
        out = fill_cells(out, [(i, 0)], v)
    return out
