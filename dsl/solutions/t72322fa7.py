"""Complete every fragment of a two-colour template into the full template."""

from dsl import find, from_grid, height, objects, paint, palette, subgrid, width


def transform(grid):
    h, w = height(grid), width(grid)
    out = grid
    for obj in objects(grid, 0, diagonal=True, multicolor=True):
        shape = subgrid(obj, 0)
        colours = [k for k in palette(shape) if k != 0]
        if len(colours) < 2:
            continue
        for k in colours:
            part = find(shape, k)
            for r, c in find(grid, k):
                dr, dc = r - part[0][0], c - part[0][1]
                if all(
                    0 <= pr + dr < h and 0 <= pc + dc < w and grid[pr + dr, pc + dc] == k
                    for pr, pc in part
                ):
                    out = paint(out, from_grid(shape, 0, dr, dc))
    return out
