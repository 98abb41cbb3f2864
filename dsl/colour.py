"""Colour: which colours a grid holds, how often, and swapping them."""

from __future__ import annotations

import numpy as np

from dsl.registry import primitive
from dsl.types import Cell, Color, Grid, freeze


@primitive("colour")
def palette(grid: Grid) -> list[Color]:
    """The colours present, in increasing order."""
    return [int(c) for c in np.unique(grid)]


@primitive("colour")
def count_color(grid: Grid, color: Color) -> int:
    """How many cells have `color`."""
    return int(np.count_nonzero(grid == color))


def _counts(grid: Grid) -> list[tuple[int, int]]:
    values, counts = np.unique(grid, return_counts=True)
    return [(int(n), int(v)) for v, n in zip(values, counts, strict=True)]


@primitive("colour")
def most_common(grid: Grid) -> Color:
    """The most frequent colour (the smaller colour on a tie)."""
    return max(_counts(grid), key=lambda nv: (nv[0], -nv[1]))[1]


@primitive("colour")
def least_common(grid: Grid) -> Color:
    """The least frequent colour present (the smaller colour on a tie)."""
    return min(_counts(grid))[1]


@primitive("colour")
def replace(grid: Grid, old: Color, new: Color) -> Grid:
    """Paint every `old` cell with `new`."""
    return freeze(np.where(grid == old, new, grid))


@primitive("colour")
def map_colors(grid: Grid, mapping: dict[Color, Color]) -> Grid:
    """Recolour cell by cell through `mapping`; colours not in it stay."""
    table = np.arange(10)
    for old, new in mapping.items():
        table[old] = new
    return freeze(table[grid])


@primitive("colour")
def only(grid: Grid, color: Color, background: Color) -> Grid:
    """Keep the cells of `color`; every other cell becomes `background`."""
    return freeze(np.where(grid == color, color, background))


@primitive("colour")
def find(grid: Grid, color: Color) -> list[Cell]:
    """The (row, col) positions of every `color` cell, in reading order."""
    rows, cols = np.nonzero(grid == color)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True)]
