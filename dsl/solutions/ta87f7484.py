"""Output the 3x3 block whose shape differs from all the others."""

from dsl import from_grid, height, hsplit, recolor, vsplit, width


def transform(grid):
    h, w = height(grid), width(grid)
    blocks = vsplit(grid, h // w) if h > w else hsplit(grid, w // h)
    shapes = [recolor(from_grid(b, 0), 1) for b in blocks]
    for block, shape in zip(blocks, shapes, strict=True):
        if len([s for s in shapes if s == shape]) == 1:
            return block
