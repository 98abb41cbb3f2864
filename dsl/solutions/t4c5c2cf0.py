"""Mirror the shape into all four quadrants around the symmetric X-shaped centre piece."""

from dsl import bbox, fill_cells, find, from_grid, is_symmetric, only, palette, subgrid


def transform(grid):
    colours = [v for v in palette(grid) if v != 0]
    pieces = {v: subgrid(from_grid(only(grid, v, 0), 0), 0) for v in colours}
    centre = [v for v in colours if all(is_symmetric(pieces[v], a) for a in "hv")][0]
    top, left, h, w = bbox(from_grid(only(grid, centre, 0), 0))
    rr, cc = 2 * top + h - 1, 2 * left + w - 1
    out = grid
    for v in [v for v in colours if v != centre]:
        for r, c in find(grid, v):
            out = fill_cells(out, [(rr - r, c), (r, cc - c), (rr - r, cc - c)], v)
    return out
