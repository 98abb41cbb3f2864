"""Fit the two pieces together into a full 3x3 square."""

from dsl import canvas, count_color, from_grid, height, objects, paint, subgrid, width


def transform(grid):
    a, b = [subgrid(o, 0) for o in objects(grid, 0)]
    for ar in range(4 - height(a)):
        for ac in range(4 - width(a)):
            for br in range(4 - height(b)):
                for bc in range(4 - width(b)):
                    out = paint(canvas(0, 3, 3), from_grid(a, 0, ar, ac))
                    out = paint(out, from_grid(b, 0, br, bc))
                    if count_color(out, 0) == 0:
                        return out
    return grid
