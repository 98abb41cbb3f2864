"""Below each 2x2 tile hang a green tail as long as the tile has distinct colours."""

from dsl import BLACK, GREEN, bbox, cells, objects, rect


def transform(grid):
    out = grid
    for tile in objects(grid, BLACK, multicolor=True):
        top, left, h, w = bbox(tile)
        n = len({grid[cell] for cell in cells(tile)})
        out = rect(out, top + h, left, n, w, GREEN)
    return out
