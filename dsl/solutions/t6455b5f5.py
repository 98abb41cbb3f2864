"""Fill the largest regions between the red walls with blue and the smallest with cyan."""

from dsl import BLUE, CYAN, RED, cells, fill_cells, objects, size


def transform(grid):
    rooms = objects(grid, RED)
    big, small = max(size(o) for o in rooms), min(size(o) for o in rooms)
    out = grid
    for room in rooms:
        if size(room) in (big, small):
            out = fill_cells(out, cells(room), BLUE if size(room) == big else CYAN)
    return out
