"""Cut out the shape framed by four corner markers and recolour it with the markers' colour."""

from dsl import count_color, crop, find, palette, replace


def transform(grid):
    marker = [v for v in palette(grid) if v != 0 and count_color(grid, v) == 4][0]
    shape = [v for v in palette(grid) if v not in (0, marker)][0]
    corners = find(grid, marker)
    (r0, c0), (r1, c1) = corners[0], corners[-1]
    inner = crop(grid, r0 + 1, c0 + 1, r1 - r0 - 1, c1 - c0 - 1)
    return replace(inner, shape, marker)
