"""Objects: connected groups of cells, their properties, and putting them back."""

from __future__ import annotations

from collections import Counter

import numpy as np

from dsl.flood import links, spread
from dsl.registry import primitive
from dsl.types import Cell, Color, Grid, Object, freeze


@primitive("objects")
def objects(
    grid: Grid, background: Color, diagonal: bool = False, multicolor: bool = False
) -> list[Object]:
    """Connected groups of non-background cells, ordered by top then left cell."""
    h, w = grid.shape
    values = grid.ravel().tolist()
    near = links(h, w, diagonal)
    free = [v != background for v in values]
    masks: dict[int, list[bool]] = {}
    found = []
    for start in range(h * w):
        if not free[start]:
            continue
        colour = values[start]
        if multicolor:
            member = free
        elif colour in masks:
            member = masks[colour]
        else:
            member = masks[colour] = [f and v == colour for f, v in zip(free, values, strict=True)]
        cells = spread([start], member, near)
        for i in cells:
            free[i] = False
        found.append(Object(frozenset((i // w, i % w, values[i]) for i in cells)))
    return sorted(found, key=bbox)


@primitive("objects")
def size(obj: Object) -> int:
    """Number of cells."""
    return len(obj.cells)


@primitive("objects")
def color(obj: Object) -> Color:
    """The object's most frequent colour (the smaller colour on a tie)."""
    counts = Counter(v for _, _, v in obj.cells)
    return min(counts, key=lambda v: (-counts[v], v))


@primitive("objects")
def bbox(obj: Object) -> tuple[int, int, int, int]:
    """(top, left, height, width) of the bounding box, ready for crop."""
    rows = [r for r, _, _ in obj.cells]
    cols = [c for _, c, _ in obj.cells]
    top, left = min(rows), min(cols)
    return top, left, max(rows) - top + 1, max(cols) - left + 1


@primitive("objects")
def cells(obj: Object) -> list[Cell]:
    """The (row, col) positions of the object's cells, in reading order."""
    return sorted((r, c) for r, c, _ in obj.cells)


@primitive("objects")
def subgrid(obj: Object, background: Color) -> Grid:
    """The object alone, drawn in its bounding box on `background`."""
    top, left, h, w = bbox(obj)
    out = np.full((h, w), background, dtype=np.int64)
    for r, c, v in obj.cells:
        out[r - top, c - left] = v
    return freeze(out)


@primitive("objects")
def from_grid(grid: Grid, background: Color, top: int = 0, left: int = 0) -> Object:
    """The non-background cells of a grid as one object placed at (top, left)."""
    rows, cols = np.nonzero(grid != background)
    return Object(
        frozenset(
            (int(r) + top, int(c) + left, int(grid[r, c])) for r, c in zip(rows, cols, strict=True)
        )
    )


@primitive("objects")
def paint(grid: Grid, obj: Object) -> Grid:
    """Draw the object's cells onto the grid; cells outside the grid are dropped."""
    out = np.array(grid)
    h, w = grid.shape
    for r, c, v in obj.cells:
        if 0 <= r < h and 0 <= c < w:
            out[r, c] = v
    return freeze(out)


@primitive("objects")
def recolor(obj: Object, color: Color) -> Object:
    """The same cells, all in `color`."""
    return Object(frozenset((r, c, color) for r, c, _ in obj.cells))


@primitive("objects")
def move(obj: Object, down: int, right: int) -> Object:
    """The object shifted down and right (negative: up and left)."""
    return Object(frozenset((r + down, c + right, v) for r, c, v in obj.cells))


@primitive("objects")
def normalize(obj: Object) -> Object:
    """The object moved to start at (0, 0); equal shapes in equal colours compare equal."""
    top, left, _, _ = bbox(obj)
    return move(obj, -top, -left)


@primitive("objects")
def touches_border(obj: Object, grid: Grid) -> bool:
    """Whether any cell of the object lies on the grid's outer edge."""
    h, w = grid.shape
    return any(r in (0, h - 1) or c in (0, w - 1) for r, c, _ in obj.cells)
