"""The green cell takes one step towards the yellow cell."""

from dsl import BLACK, GREEN, YELLOW, fill_cells, find


def transform(grid):
    (gr, gc), (yr, yc) = find(grid, GREEN)[0], find(grid, YELLOW)[0]
    step = ((yr > gr) - (yr < gr), (yc > gc) - (yc < gc))
    out = fill_cells(grid, [(gr, gc)], BLACK)
    return fill_cells(out, [(gr + step[0], gc + step[1])], GREEN)
