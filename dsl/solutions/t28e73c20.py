"""Draw a green square spiral inwards from the top-left corner, one cell apart."""

from dsl import BLACK, GREEN, canvas, fill_cells, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = fill_cells(canvas(BLACK, h, w), [(0, 0)], GREEN)

    def free(r, c):
        return not (0 <= r < h and 0 <= c < w) or out[r, c] == BLACK

    def can_step(r, c, dr, dc):
        return (
            0 <= r + dr < h
            and 0 <= c + dc < w
            and free(r + dr, c + dc)
            and free(r + 2 * dr, c + 2 * dc)
        )

    r, c, dr, dc = 0, 0, 0, 1
    while True:
        if not can_step(r, c, dr, dc):
            dr, dc = dc, -dr
            if not can_step(r, c, dr, dc):
                return out
        r, c = r + dr, c + dc
        out = fill_cells(out, [(r, c)], GREEN)
