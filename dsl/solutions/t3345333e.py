"""Remove the block covering a left-right symmetric shape and mirror back its hidden part."""

from dsl import BLACK, bbox, count_color, fill_cells, find, from_grid, only, palette, replace, width


def transform(grid):
    def solid(colour):
        _, _, h, w = bbox(from_grid(only(grid, colour, BLACK), BLACK))
        return count_color(grid, colour) == h * w

    block = [c for c in palette(grid) if c != BLACK and solid(c)][0]
    shape = [c for c in palette(grid) if c not in (BLACK, block)][0]
    seen = find(grid, shape)
    w = width(grid)

    def fits(k):
        return all(0 <= k - c < w and grid[r, k - c] in (shape, block) for r, c in seen)

    axis = max(
        [k for k in range(2 * w) if fits(k)],
        key=lambda k: len([1 for r, c in seen if grid[r, k - c] == shape]),
    )
    return fill_cells(replace(grid, block, BLACK), [(r, axis - c) for r, c in seen], shape)
