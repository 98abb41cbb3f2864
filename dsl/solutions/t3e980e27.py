"""Copy each template onto lone cells of its red or green key colour; red copies are mirrored."""

from dsl import RED, cells, color, find, from_grid, mirror, objects, paint, size, subgrid


def transform(grid):
    shapes = objects(grid, 0, diagonal=True, multicolor=True)
    lone = [s for s in shapes if size(s) == 1]
    out = grid
    for template in [s for s in shapes if size(s) > 1]:
        sub = subgrid(template, 0)
        for key in (2, 3):
            if find(sub, key):
                pattern = mirror(sub, "h") if key == RED else sub
                kr, kc = find(pattern, key)[0]
                for dot in [s for s in lone if color(s) == key]:
                    r, c = cells(dot)[0]
                    out = paint(out, from_grid(pattern, 0, r - kr, c - kc))
    return out
