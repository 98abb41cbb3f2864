"""Answer cyan when a cyan path links the two red squares, black otherwise."""

from dsl import BLACK, CYAN, RED, canvas, cells, find, objects


def transform(grid):
    reds = find(grid, RED)
    for blob in objects(grid, BLACK, diagonal=False, multicolor=True):
        if all(cell in cells(blob) for cell in reds):
            return canvas(CYAN, 1, 1)
    return canvas(BLACK, 1, 1)
