"""Domain types of the DSL: grids, colours, cells and objects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal, TypeAlias

import numpy as np
import numpy.typing as npt

Grid: TypeAlias = npt.NDArray[np.int64]
"""A read-only 2-D array of colours 0-9, at most 30x30."""

Color: TypeAlias = Annotated[int, "colour"]
"""A colour 0-9; Annotated so that grammars can tell colours from other integers."""
Cell: TypeAlias = tuple[int, int]
Axis: TypeAlias = Literal["h", "v", "d", "a"]
Direction: TypeAlias = Literal["up", "down", "left", "right"]

MAX_SIDE = 30
COLORS = range(10)
BLACK, BLUE, RED, GREEN, YELLOW, GREY, PINK, ORANGE, CYAN, BROWN = range(10)


class GridError(ValueError):
    """Raised when data cannot be a grid: ragged, empty, too large or off-palette."""


@dataclass(frozen=True)
class Object:
    """A set of coloured cells at absolute positions in a grid."""

    cells: frozenset[tuple[int, int, int]]

    def __len__(self) -> int:
        return len(self.cells)

    def __repr__(self) -> str:
        rows = [r for r, _, _ in self.cells]
        cols = [c for _, c, _ in self.cells]
        return f"Object({len(self.cells)} cells at {min(rows, default=0)},{min(cols, default=0)})"


def freeze(array: npt.ArrayLike) -> Grid:
    """Return a read-only int64 copy of array (no validation; DSL-internal)."""
    grid = np.array(array, dtype=np.int64)
    grid.flags.writeable = False
    return grid


def as_grid(data: object) -> Grid:
    """Validate data as a grid (rectangular, 1-30 per side, values 0-9) and freeze it."""
    if isinstance(data, np.ndarray):
        rows = data.tolist() if data.ndim == 2 else None
    elif isinstance(data, (list, tuple)) and all(isinstance(r, (list, tuple)) for r in data):
        rows = [list(r) for r in data]
    else:
        rows = None
    if rows is None:
        raise GridError("not a 2-D grid")
    if not rows or not rows[0]:
        raise GridError("empty grid")
    width = len(rows[0])
    if any(len(r) != width for r in rows):
        raise GridError("rows have different lengths")
    if len(rows) > MAX_SIDE or width > MAX_SIDE:
        raise GridError(f"grid is {len(rows)}x{width}, larger than {MAX_SIDE}x{MAX_SIDE}")
    for row in rows:
        for value in row:
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
                raise GridError(f"cell value {value!r} is not an integer")
            if not 0 <= value <= 9:
                raise GridError(f"cell value {value} is outside 0-9")
    return freeze(rows)
