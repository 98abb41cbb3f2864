"""Cut out the box framed by four lines and let its dots streak onto the line of their colour."""

from dsl import count_color, crop, find, height, palette, ray, width


def transform(grid):
    h, w = height(grid), width(grid)
    rows = [r for r in range(h) if count_color(crop(grid, r, 0, 1, w), 0) == 0]
    cols = [c for c in range(w) if count_color(crop(grid, 0, c, h, 1), 0) == 0]
    box = crop(grid, rows[0], cols[0], rows[1] - rows[0] + 1, cols[1] - cols[0] + 1)
    bh, bw = height(box), width(box)
    dot = [v for v in palette(crop(box, 1, 1, bh - 2, bw - 2)) if v != 0][0]
    sides = {"up": box[0, 1], "down": box[bh - 1, 1], "left": box[1, 0], "right": box[1, bw - 1]}
    heading = [s for s in sides if sides[s] == dot][0]
    out = box
    for r, c in find(crop(box, 1, 1, bh - 2, bw - 2), dot):
        out = ray(out, (r + 1, c + 1), heading, dot, dot)
    return out
