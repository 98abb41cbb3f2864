"""Pattern primitives: symmetry and periodic repetition, detected and restored."""

from __future__ import annotations

import pytest
from test_primitives import BIG, BLANK, ONE_CELL, call, cells_of

from dsl.drawing import rect
from dsl.geometry import tile
from dsl.patterns import Line, fill_pattern, is_symmetric, period, symmetrize
from dsl.types import Axis, as_grid

AXES: list[Axis] = ["h", "v", "d", "a"]


@pytest.mark.parametrize(
    ("rows", "axis"),
    [
        ([[1, 2, 1], [3, 0, 3]], "h"),
        ([[1, 2], [3, 4], [1, 2]], "v"),
        ([[1, 2], [2, 3]], "d"),
        ([[1, 2], [3, 1]], "a"),
    ],
)
def test_is_symmetric(rows: list[list[int]], axis: Axis) -> None:
    grid = as_grid(rows)
    assert call(is_symmetric, grid, axis) is True
    assert call(is_symmetric, grid, "v" if axis == "h" else "h") is False


def test_is_symmetric_needs_a_square_for_diagonals() -> None:
    assert call(is_symmetric, as_grid([[1, 1, 1]]), "h") is True
    assert call(is_symmetric, as_grid([[1, 1, 1]]), "d") is False
    assert call(is_symmetric, as_grid([[1, 1, 1]]), "a") is False


@pytest.mark.parametrize("axis", AXES)
def test_is_symmetric_edge_grids(axis: Axis) -> None:
    assert call(is_symmetric, ONE_CELL, axis) is True
    assert call(is_symmetric, BLANK, axis) is (axis in ("h", "v"))  # 3x4: not square
    # BIG[r, c] = (3r + 7c) % 10 equals BIG[29 - c, 29 - r]: symmetric about the anti-diagonal.
    assert call(is_symmetric, BIG, axis) is (axis == "a")
    assert call(is_symmetric, as_grid([[4] * 30] * 30), axis) is True


def test_is_symmetric_rejects_unknown_axis() -> None:
    with pytest.raises(ValueError, match="axis"):
        is_symmetric(ONE_CELL, "x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rows", "axis", "expected"),
    [
        ([[1, 2, 0], [0, 5, 6]], "h", [[1, 2, 1], [6, 5, 6]]),
        ([[1, 0], [0, 4], [1, 2]], "v", [[1, 2], [0, 4], [1, 2]]),  # middle row is its own
        ([[1, 0], [2, 3]], "d", [[1, 2], [2, 3]]),
        ([[0, 2], [3, 1]], "a", [[1, 2], [3, 1]]),
    ],
)
def test_symmetrize(rows: list[list[int]], axis: Axis, expected: list[list[int]]) -> None:
    assert cells_of(call(symmetrize, as_grid(rows), axis, 0)) == expected


def test_symmetrize_leaves_noise_whose_mirror_is_noise() -> None:
    assert cells_of(call(symmetrize, as_grid([[0, 2, 0]]), "h", 0)) == [[0, 2, 0]]
    assert cells_of(call(symmetrize, as_grid([[3, 0, 9]]), "h", 0)) == [[3, 0, 9]]


def test_symmetrize_edge_grids() -> None:
    assert cells_of(call(symmetrize, ONE_CELL, "d", 5)) == [[5]]
    assert cells_of(call(symmetrize, BLANK, "h", 0)) == cells_of(BLANK)
    mirrored = as_grid([[(r * c + r + c) % 9 + 1 for c in range(30)] for r in range(30)])
    holed = rect(mirrored, 3, 20, 4, 6, 0)
    assert cells_of(call(symmetrize, holed, "d", 0)) == cells_of(mirrored)


def test_symmetrize_rejects_diagonal_of_non_square() -> None:
    with pytest.raises(ValueError, match="square"):
        symmetrize(BLANK, "d", 0)


@pytest.mark.parametrize(
    ("rows", "axis", "expected"),
    [
        ([[1, 2, 1, 2, 1]], "h", 2),
        ([[1, 2, 3]], "h", 3),
        ([[1, 1, 1]], "h", 1),
        ([[1], [2], [1], [2]], "v", 2),
        ([[1, 2, 1, 2], [3, 4, 3, 5]], "h", 4),  # every row must repeat
        ([[1, 2, 1, 2], [3, 4, 3, 4]], "v", 2),
    ],
)
def test_period(rows: list[list[int]], axis: Line, expected: int) -> None:
    assert call(period, as_grid(rows), axis) == expected


def test_period_skipping_ignored_cells() -> None:
    gappy = as_grid([[1, 2, 0, 2, 1, 2]])
    assert call(period, gappy, "h") == 4
    assert call(period, gappy, "h", 0) == 2
    # 1 and 2 lie two apart: no period 1, even though each is next to an ignored cell.
    assert call(period, as_grid([[1, 0, 2]]), "h", 0) == 3
    assert call(period, as_grid([[1, 0, 0, 2, 0, 1]]), "h", 0) == 4


def test_period_edge_grids() -> None:
    assert call(period, ONE_CELL, "h") == 1 and call(period, ONE_CELL, "v") == 1
    assert call(period, BLANK, "h") == 1 and call(period, BLANK, "v") == 1
    assert call(period, BLANK, "h", 0) == 1
    assert call(period, BIG, "h") == 10 and call(period, BIG, "v") == 10


def test_period_rejects_unknown_axis() -> None:
    with pytest.raises(ValueError, match="axis"):
        period(BIG, "d")  # type: ignore[arg-type]


MOTIF = as_grid([[1, 2, 3], [4, 5, 6]])


def test_fill_pattern() -> None:
    holed = as_grid([[1, 2, 3, 1, 0, 3], [4, 0, 6, 4, 5, 6], [0, 0, 3, 1, 2, 3]])
    assert cells_of(call(fill_pattern, holed, 0)) == [
        [1, 2, 3, 1, 2, 3],
        [4, 5, 6, 4, 5, 6],
        [1, 2, 3, 1, 2, 3],
    ]


def test_fill_pattern_keeps_noise_without_a_source() -> None:
    # Period 3 across: the middle cell's column holds only noise, so it stays.
    assert cells_of(call(fill_pattern, as_grid([[1, 0, 2]]), 0)) == [[1, 0, 2]]


def test_fill_pattern_edge_grids() -> None:
    assert cells_of(call(fill_pattern, ONE_CELL, 0)) == [[5]]
    assert cells_of(call(fill_pattern, ONE_CELL, 5)) == [[5]]
    assert cells_of(call(fill_pattern, BLANK, 0)) == cells_of(BLANK)
    assert cells_of(call(fill_pattern, BLANK, 1)) == cells_of(BLANK)
    wallpaper = tile(MOTIF, 15, 10)
    holed = rect(rect(wallpaper, 10, 10, 5, 7, 0), 27, 0, 3, 30, 0)
    assert cells_of(call(fill_pattern, holed, 0)) == cells_of(wallpaper)
