"""Join each cyan dot to its red bar and echo that line right across at the other bar."""

from dsl import CYAN, RED, YELLOW, bbox, fill_cells, find, line, objects, only, paint


def transform(grid):
    bars = objects(only(grid, RED, 0), 0)
    dots = find(grid, CYAN)
    near = [b for b in bars if bbox(b)[0] <= dots[0][0] < bbox(b)[0] + bbox(b)[2]][0]
    far = [b for b in bars if b != near][0]
    out = grid
    for r, c in dots:
        out = line(out, (r, bbox(near)[1]), (r, c), CYAN)
        echo = r - bbox(near)[0] + bbox(far)[0]
        out = line(out, (echo, bbox(near)[1]), (echo, bbox(far)[1]), CYAN)
    out = paint(paint(out, near), far)
    return fill_cells(out, dots, YELLOW)
