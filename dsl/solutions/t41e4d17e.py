"""Draw pink lines across the grid through the centre of every blue frame, under the frames."""

from dsl import BLUE, CYAN, PINK, bbox, height, line, objects, only, overlay, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = grid
    for frame in objects(grid, CYAN):
        top, left, fh, fw = bbox(frame)
        r, c = top + fh // 2, left + fw // 2
        out = line(line(out, (r, 0), (r, w - 1), PINK), (0, c), (h - 1, c), PINK)
    return overlay(out, only(grid, BLUE, CYAN), CYAN)
