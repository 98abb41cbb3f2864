"""Geometry primitives: exact results, edge grids and argument errors."""

from __future__ import annotations

import pytest
from test_primitives import BIG, BLANK, ONE_CELL, call, cells_of

from dsl.geometry import (
    crop,
    downscale,
    height,
    mirror,
    pad,
    rotate,
    shift,
    tile,
    trim,
    upscale,
    width,
)
from dsl.types import Axis, as_grid

WIDE = as_grid([[1, 2, 3], [4, 5, 6]])


def test_height() -> None:
    assert call(height, WIDE) == 2
    assert call(height, ONE_CELL) == 1
    assert call(height, BIG) == 30
    assert call(height, BLANK) == 3


def test_width() -> None:
    assert call(width, WIDE) == 3
    assert call(width, ONE_CELL) == 1
    assert call(width, BIG) == 30
    assert call(width, BLANK) == 4


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (0, [[1, 2, 3], [4, 5, 6]]),
        (1, [[4, 1], [5, 2], [6, 3]]),
        (2, [[6, 5, 4], [3, 2, 1]]),
        (3, [[3, 6], [2, 5], [1, 4]]),
        (4, [[1, 2, 3], [4, 5, 6]]),
        (-1, [[3, 6], [2, 5], [1, 4]]),
    ],
)
def test_rotate(turns: int, expected: list[list[int]]) -> None:
    assert cells_of(call(rotate, WIDE, turns)) == expected


def test_rotate_edge_grids() -> None:
    assert cells_of(call(rotate, ONE_CELL, 1)) == [[5]]
    assert cells_of(call(rotate, BLANK, 1)) == [[0, 0, 0]] * 4
    turned = call(rotate, BIG, 1)
    assert all(turned[r, c] == BIG[29 - c, r] for r in range(30) for c in range(30))


@pytest.mark.parametrize(
    ("axis", "expected"),
    [
        ("h", [[3, 2, 1], [6, 5, 4]]),
        ("v", [[4, 5, 6], [1, 2, 3]]),
        ("d", [[1, 4], [2, 5], [3, 6]]),
        ("a", [[6, 3], [5, 2], [4, 1]]),
    ],
)
def test_mirror(axis: Axis, expected: list[list[int]]) -> None:
    assert cells_of(call(mirror, WIDE, axis)) == expected


@pytest.mark.parametrize("axis", ["h", "v", "d", "a"])
def test_mirror_edge_grids_and_involution(axis: Axis) -> None:
    assert cells_of(call(mirror, ONE_CELL, axis)) == [[5]]
    assert cells_of(call(mirror, call(mirror, BIG, axis), axis)) == cells_of(BIG)
    assert not call(mirror, BLANK, axis).any()


@pytest.mark.parametrize("axis", ["x", "", "H", "horizontal"])
def test_mirror_rejects_unknown_axis(axis: str) -> None:
    with pytest.raises(ValueError, match="axis"):
        mirror(WIDE, axis)  # type: ignore[arg-type]


GRID_3X4 = as_grid([[1, 2, 3, 4], [5, 6, 7, 8], [9, 0, 1, 2]])


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ((1, 1, 2, 2), [[6, 7], [0, 1]]),
        ((0, 0, 3, 4), [[1, 2, 3, 4], [5, 6, 7, 8], [9, 0, 1, 2]]),
        ((2, 3, 5, 5), [[2]]),  # clipped at the bottom-right
        ((-1, -1, 2, 2), [[1]]),  # clipped at the top-left: rows and columns -1..0
        ((-2, 1, 3, 2), [[2, 3]]),
        ((1, -5, 1, 7), [[5, 6]]),
    ],
)
def test_crop(window: tuple[int, int, int, int], expected: list[list[int]]) -> None:
    assert cells_of(call(crop, GRID_3X4, *window)) == expected


@pytest.mark.parametrize(
    "window",
    [(3, 0, 1, 1), (0, 4, 1, 1), (-3, 0, 2, 2), (0, -2, 1, 2), (0, 0, 0, 2), (0, 0, -1, 2)],
)
def test_crop_rejects_window_outside_grid(window: tuple[int, int, int, int]) -> None:
    with pytest.raises(ValueError, match="outside"):
        crop(GRID_3X4, *window)


def test_crop_edge_grids() -> None:
    assert cells_of(call(crop, ONE_CELL, 0, 0, 1, 1)) == [[5]]
    assert cells_of(call(crop, BIG, 0, 0, 30, 30)) == cells_of(BIG)
    assert cells_of(call(crop, BIG, 29, 29, 9, 9)) == [[int(BIG[29, 29])]]


def test_trim() -> None:
    grid = as_grid([[0, 0, 0, 0], [0, 1, 0, 0], [0, 0, 2, 0], [0, 0, 0, 0]])
    assert cells_of(call(trim, grid, 0)) == [[1, 0], [0, 2]]
    assert cells_of(call(trim, grid, 1)) == cells_of(grid)


def test_trim_edge_grids() -> None:
    # Nothing but background: the grid comes back whole (an empty grid does not exist).
    assert cells_of(call(trim, BLANK, 0)) == cells_of(BLANK)
    assert cells_of(call(trim, ONE_CELL, 5)) == [[5]]
    assert cells_of(call(trim, ONE_CELL, 0)) == [[5]]
    assert cells_of(call(trim, BIG, 10)) == cells_of(BIG)
    dot = as_grid([[7 if (r, c) == (13, 21) else 0 for c in range(30)] for r in range(30)])
    assert cells_of(call(trim, dot, 0)) == [[7]]


def test_pad() -> None:
    assert cells_of(call(pad, as_grid([[1, 2]]), 1, 0)) == [
        [0, 0, 0, 0],
        [0, 1, 2, 0],
        [0, 0, 0, 0],
    ]
    assert cells_of(call(pad, WIDE, 0, 9)) == cells_of(WIDE)


def test_pad_edge_grids_and_errors() -> None:
    padded = call(pad, ONE_CELL, 2, 3)
    assert padded.shape == (5, 5) and padded[2, 2] == 5 and int(padded.sum()) == 24 * 3 + 5
    assert cells_of(call(pad, BIG, 0, 0)) == cells_of(BIG)
    assert cells_of(call(pad, BLANK, 1, 0)) == [[0] * 6] * 5
    with pytest.raises(ValueError):
        pad(WIDE, -1, 0)


def test_tile() -> None:
    assert cells_of(call(tile, as_grid([[1, 2]]), 2, 3)) == [[1, 2, 1, 2, 1, 2]] * 2
    assert cells_of(call(tile, WIDE, 1, 1)) == cells_of(WIDE)
    assert cells_of(call(tile, ONE_CELL, 30, 30)) == [[5] * 30] * 30


@pytest.mark.parametrize(("rows", "cols"), [(0, 1), (1, 0), (-1, 2)])
def test_tile_rejects_counts_below_one(rows: int, cols: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        tile(WIDE, rows, cols)


def test_upscale() -> None:
    assert cells_of(call(upscale, as_grid([[1, 2], [3, 4]]), 2)) == [
        [1, 1, 2, 2],
        [1, 1, 2, 2],
        [3, 3, 4, 4],
        [3, 3, 4, 4],
    ]
    assert cells_of(call(upscale, WIDE, 1)) == cells_of(WIDE)
    assert cells_of(call(upscale, ONE_CELL, 30)) == [[5] * 30] * 30
    assert cells_of(call(upscale, BLANK, 2)) == [[0] * 8] * 6


@pytest.mark.parametrize("factor", [0, -1])
def test_upscale_rejects_factor_below_one(factor: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        upscale(WIDE, factor)


def test_downscale() -> None:
    assert cells_of(call(downscale, as_grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), 2)) == [
        [1, 3],
        [7, 9],
    ]
    assert cells_of(call(downscale, upscale(WIDE, 3), 3)) == cells_of(WIDE)
    assert cells_of(call(downscale, ONE_CELL, 4)) == [[5]]
    assert cells_of(call(downscale, BIG, 30)) == [[int(BIG[0, 0])]]
    assert cells_of(call(downscale, BIG, 1)) == cells_of(BIG)


@pytest.mark.parametrize("factor", [0, -1, -2])
def test_downscale_rejects_factor_below_one(factor: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        downscale(WIDE, factor)


@pytest.mark.parametrize(
    ("down", "right", "expected"),
    [
        (0, 0, [[1, 2, 3], [4, 5, 6]]),
        (1, 0, [[9, 9, 9], [1, 2, 3]]),
        (-1, 0, [[4, 5, 6], [9, 9, 9]]),
        (0, 1, [[9, 1, 2], [9, 4, 5]]),
        (0, -2, [[3, 9, 9], [6, 9, 9]]),
        (-1, 1, [[9, 4, 5], [9, 9, 9]]),
    ],
)
def test_shift(down: int, right: int, expected: list[list[int]]) -> None:
    assert cells_of(call(shift, WIDE, down, right, 9)) == expected


@pytest.mark.parametrize(
    ("down", "right"), [(2, 0), (3, 0), (5, 0), (-2, 0), (-7, 0), (0, 3), (0, 4), (0, -9), (4, 4)]
)
def test_shift_off_the_grid_leaves_only_fill(down: int, right: int) -> None:
    assert cells_of(call(shift, WIDE, down, right, 9)) == [[9, 9, 9]] * 2


def test_shift_edge_grids() -> None:
    assert cells_of(call(shift, ONE_CELL, 0, 0, 0)) == [[5]]
    assert cells_of(call(shift, ONE_CELL, 1, 0, 0)) == [[0]]
    moved = call(shift, BIG, 29, 29, 0)
    assert int(moved[29, 29]) == int(BIG[0, 0]) and int(moved.sum()) == int(BIG[0, 0])
    assert cells_of(call(shift, BLANK, 1, 1, 0)) == cells_of(BLANK)
