"""Lead a green path from the green bar straight on, turning towards red at each cyan wall."""

from dsl import BLACK, GREEN, RED, fill_cells, find, height, width


def transform(grid):
    h, w = height(grid), width(grid)
    greens, reds = find(grid, GREEN), find(grid, RED)
    rr, rc = reds[0]

    def sign(x):
        return (x > 0) - (x < 0)

    def walk(r, c, dr, dc):
        path = []
        for _ in range(h * w):
            nr, nc = r + dr, c + dc
            if (nr, nc) in reds:
                return path
            if not (0 <= nr < h and 0 <= nc < w) or grid[nr, nc] != BLACK:
                dr, dc = (0, sign(rc - c)) if dr else (sign(rr - r), 0)
                nr, nc = r + dr, c + dc
                if (dr, dc) == (0, 0) or not (0 <= nr < h and 0 <= nc < w) or grid[nr, nc] != BLACK:
                    return None
            r, c = nr, nc
            path = path + [(r, c)]
        return None

    (r0, c0), (r1, c1) = greens[0], greens[-1]
    dr, dc = r1 - r0, c1 - c0
    for start, step in (((r1, c1), (dr, dc)), ((r0, c0), (-dr, -dc))):
        path = walk(start[0], start[1], step[0], step[1])
        if path is not None:
            return fill_cells(grid, path, GREEN)
    return grid
