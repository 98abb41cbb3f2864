"""Output validation: a program's return value as a grid of 0-9 at most 30x30, or the reason."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from dsl.types import MAX_SIDE

Cells = npt.NDArray[np.uint8]
"""A validated output grid: 2-D, 1-30 per side, values 0-9."""

_INT_TYPES = (int, np.integer)


class InvalidOutput(ValueError):
    """A program's return value that is not a grid; the message is the reason."""


def _check_shape(height: int, width: int) -> None:
    """Raise unless the shape is 1-30 on each side."""
    if height == 0 or width == 0:
        raise InvalidOutput(f"output is empty ({height}x{width})")
    if height > MAX_SIDE or width > MAX_SIDE:
        raise _too_large(height, width)


def _from_array(value: np.ndarray) -> Cells:
    """Validate a numpy array."""
    if value.ndim != 2:
        raise InvalidOutput(f"output is a {value.ndim}-D array, not 2-D")
    _check_shape(*value.shape)
    if value.dtype.kind not in "iu":
        raise InvalidOutput(f"output cells are {value.dtype}, not integers")
    low, high = int(value.min()), int(value.max())
    if low < 0 or high > 9:
        raise InvalidOutput(f"output cell value {low if low < 0 else high} is outside 0-9")
    return value.astype(np.uint8)


def _too_large(height: int, width: int) -> InvalidOutput:
    """The error for an output larger than 30x30."""
    return InvalidOutput(f"output is {height}x{width}, larger than {MAX_SIDE}x{MAX_SIDE}")


def _row(row: object, index: int, height: int) -> list[Any]:
    """One row of a list output as a list, its length checked first."""
    if isinstance(row, np.ndarray) and row.ndim != 1:
        raise InvalidOutput(f"output row {index} is a {row.ndim}-D array")
    if not isinstance(row, (list, tuple, np.ndarray)):
        raise InvalidOutput(f"output row {index} has type {type(row).__name__}, not a list")
    if len(row) > MAX_SIDE:
        raise _too_large(height, len(row))
    return row.tolist() if isinstance(row, np.ndarray) else list(row)


def _from_rows(value: list[object] | tuple[object, ...]) -> Cells:
    """Validate a list or tuple of rows."""
    height = len(value)
    if height > MAX_SIDE:
        first = value[0]
        width = len(first) if isinstance(first, (list, tuple, np.ndarray)) else 1
        raise _too_large(height, width)
    rows = [_row(r, i, height) for i, r in enumerate(value)]
    width = len(rows[0]) if rows else 0
    if any(len(r) != width for r in rows):
        raise InvalidOutput("output rows have different lengths")
    _check_shape(height, width)
    kinds: set[type] = set()
    for row in rows:
        kinds.update(map(type, row))
    for kind in kinds:
        if kind is bool or not issubclass(kind, _INT_TYPES):
            cell = next(c for row in rows for c in row if type(c) is kind)
            raise InvalidOutput(f"output cell {cell!r:.40} is not an integer")
    low, high = min(map(min, rows)), max(map(max, rows))
    if low < 0 or high > 9:
        raise InvalidOutput(f"output cell value {int(low if low < 0 else high)} is outside 0-9")
    return np.array(rows, dtype=np.uint8)


def validate_output(value: object) -> Cells:
    """The output as a uint8 grid; raise InvalidOutput with the reason when it is not one."""
    if isinstance(value, np.ndarray):
        return _from_array(value)
    if isinstance(value, (list, tuple)):
        return _from_rows(value)
    raise InvalidOutput(f"output has type {type(value).__name__}, not a grid")
