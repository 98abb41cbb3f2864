"""Cut out the frame holding the most dots and redraw its border in the dots' colour."""

from dsl import BLACK, bbox, color, count_color, crop, objects, palette, replace, size


def transform(grid):
    frames = objects(grid, BLACK)
    wall = color(max(frames, key=size))
    dot = [v for v in palette(grid) if v not in (BLACK, wall)][0]
    boxes = [crop(grid, *bbox(f)) for f in frames if color(f) == wall]
    best = max(boxes, key=lambda b: count_color(b, dot))
    return replace(best, wall, dot)
