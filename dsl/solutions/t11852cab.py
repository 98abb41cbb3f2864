"""Complete the motif so it has full mirror and diagonal symmetry."""

from dsl import BLACK, bbox, from_grid, paint, symmetrize, trim


def transform(grid):
    motif = trim(grid, BLACK)
    for axis in ("h", "v", "d"):
        motif = symmetrize(motif, axis, BLACK)
    top, left, _, _ = bbox(from_grid(grid, BLACK))
    return paint(grid, from_grid(motif, BLACK, top, left))
