"""Composition primitives: making, splitting, joining and layering grids."""

from __future__ import annotations

import pytest
from test_primitives import BIG, BLANK, ONE_CELL, call, cells_of

from dsl.composition import (
    LogicOp,
    canvas,
    combine,
    hconcat,
    hsplit,
    overlay,
    partition,
    vconcat,
    vsplit,
)
from dsl.types import Grid, as_grid


def _all_cells(nested: list[Grid] | list[list[Grid]]) -> list[object]:
    """Pieces as nested lists of cells, for exact comparison."""
    return [_all_cells(p) if isinstance(p, list) else cells_of(p) for p in nested]


def test_canvas() -> None:
    assert cells_of(call(canvas, 3, 2, 4)) == [[3, 3, 3, 3], [3, 3, 3, 3]]
    assert cells_of(call(canvas, 0, 1, 1)) == [[0]]
    assert cells_of(call(canvas, 9, 30, 30)) == [[9] * 30] * 30


@pytest.mark.parametrize(("rows", "cols"), [(0, 3), (3, 0), (-1, 2)])
def test_canvas_rejects_sizes_below_one(rows: int, cols: int) -> None:
    with pytest.raises(ValueError, match="at least one cell"):
        canvas(1, rows, cols)


ROW = as_grid([[1, 2, 3, 4], [5, 6, 7, 8]])


def test_hsplit() -> None:
    assert _all_cells(call(hsplit, ROW, 2)) == [[[1, 2], [5, 6]], [[3, 4], [7, 8]]]
    assert _all_cells(call(hsplit, ROW, 4)) == [[[1], [5]], [[2], [6]], [[3], [7]], [[4], [8]]]
    assert _all_cells(call(hsplit, ROW, 1)) == [cells_of(ROW)]


def test_hsplit_drops_divider_columns() -> None:
    fenced = as_grid([[1, 2, 5, 3, 4], [6, 7, 5, 8, 9]])
    assert _all_cells(call(hsplit, fenced, 2)) == [[[1, 2], [6, 7]], [[3, 4], [8, 9]]]
    assert _all_cells(call(hsplit, as_grid([[1, 0, 2]]), 2)) == [[[1]], [[2]]]


@pytest.mark.parametrize("parts", [3, 5, 0, -1, -2])
def test_hsplit_rejects_parts_that_do_not_fit(parts: int) -> None:
    # width 4: 3 neither divides it nor fits with dividers; 5 would make empty pieces.
    with pytest.raises(ValueError):
        hsplit(ROW, parts)


def test_hsplit_edge_grids() -> None:
    assert _all_cells(call(hsplit, ONE_CELL, 1)) == [[[5]]]
    with pytest.raises(ValueError):
        hsplit(ONE_CELL, 2)
    thirds = call(hsplit, BIG, 3)
    assert [t.shape for t in thirds] == [(30, 10)] * 3
    assert cells_of(hconcat(hconcat(thirds[0], thirds[1]), thirds[2])) == cells_of(BIG)
    assert [t.shape for t in call(hsplit, BIG, 30)] == [(30, 1)] * 30
    assert [t.shape for t in call(hsplit, BLANK, 2)] == [(3, 2)] * 2


COLUMN = as_grid([[1, 2], [3, 4], [5, 6], [7, 8]])


def test_vsplit() -> None:
    assert _all_cells(call(vsplit, COLUMN, 2)) == [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
    assert _all_cells(call(vsplit, COLUMN, 1)) == [cells_of(COLUMN)]


def test_vsplit_drops_divider_rows() -> None:
    fenced = as_grid([[1, 2], [5, 5], [3, 4]])
    assert _all_cells(call(vsplit, fenced, 2)) == [[[1, 2]], [[3, 4]]]


@pytest.mark.parametrize("parts", [3, 5, 0, -1])
def test_vsplit_rejects_parts_that_do_not_fit(parts: int) -> None:
    with pytest.raises(ValueError):
        vsplit(COLUMN, parts)


def test_vsplit_edge_grids() -> None:
    assert _all_cells(call(vsplit, ONE_CELL, 1)) == [[[5]]]
    halves = call(vsplit, BIG, 2)
    assert [h.shape for h in halves] == [(15, 30)] * 2
    assert cells_of(vconcat(*halves)) == cells_of(BIG)
    assert [h.shape for h in call(vsplit, BLANK, 3)] == [(1, 4)] * 3


LATTICE = as_grid(
    [
        [1, 5, 2, 2],
        [5, 5, 5, 5],
        [3, 5, 4, 0],
    ]
)


def test_partition() -> None:
    assert _all_cells(call(partition, LATTICE)) == [
        [[[1]], [[2, 2]]],
        [[[3]], [[4, 0]]],
    ]


def test_partition_strips_border_lines_and_keeps_uneven_cells() -> None:
    framed = as_grid([[0, 0, 0, 0], [0, 1, 0, 2], [0, 0, 0, 0]])
    assert _all_cells(call(partition, framed)) == [[[[1]], [[2]]]]
    doubled = as_grid([[1, 1, 5, 5, 2], [5, 5, 5, 5, 5], [3, 3, 5, 5, 4]])
    assert _all_cells(call(partition, doubled)) == [[[[1, 1]], [[2]]], [[[3, 3]], [[4]]]]


def test_partition_without_dividers_is_the_whole_grid() -> None:
    plain = as_grid([[1, 2], [3, 4]])
    assert _all_cells(call(partition, plain)) == [[cells_of(plain)]]
    assert _all_cells(call(partition, BIG)) == [[cells_of(BIG)]]
    # A divider colour needs a full row AND a full column: a lone full row does not cut.
    rows_only = as_grid([[1, 2, 3], [5, 5, 5], [3, 2, 1]])
    assert _all_cells(call(partition, rows_only)) == [[cells_of(rows_only)]]


def test_partition_of_one_colour_is_all_divider() -> None:
    # Every row and column is a full line, so no cell is left over.
    assert call(partition, BLANK) == []
    assert call(partition, ONE_CELL) == []


def test_hconcat() -> None:
    assert cells_of(call(hconcat, as_grid([[1], [2]]), as_grid([[3, 4], [5, 6]]))) == [
        [1, 3, 4],
        [2, 5, 6],
    ]
    assert cells_of(call(hconcat, ONE_CELL, ONE_CELL)) == [[5, 5]]
    assert call(hconcat, BIG, BIG).shape == (30, 60)
    with pytest.raises(ValueError):
        hconcat(ONE_CELL, BLANK)


def test_vconcat() -> None:
    assert cells_of(call(vconcat, as_grid([[1, 2]]), as_grid([[3, 4], [5, 6]]))) == [
        [1, 2],
        [3, 4],
        [5, 6],
    ]
    assert cells_of(call(vconcat, ONE_CELL, ONE_CELL)) == [[5], [5]]
    assert call(vconcat, BLANK, BLANK).shape == (6, 4)
    with pytest.raises(ValueError):
        vconcat(ONE_CELL, BLANK)


def test_overlay() -> None:
    base = as_grid([[1, 1], [1, 1]])
    top = as_grid([[0, 2], [3, 0]])
    assert cells_of(call(overlay, base, top, 0)) == [[1, 2], [3, 1]]
    assert cells_of(call(overlay, base, top, 2)) == [[0, 1], [3, 0]]
    assert cells_of(call(overlay, ONE_CELL, as_grid([[0]]), 0)) == [[5]]
    assert cells_of(call(overlay, BIG, canvas(0, 30, 30), 0)) == cells_of(BIG)
    assert cells_of(call(overlay, canvas(0, 30, 30), BIG, 0)) == cells_of(BIG)


def test_overlay_rejects_different_shapes() -> None:
    with pytest.raises(ValueError, match="equal shapes"):
        overlay(as_grid([[1, 1], [1, 1]]), as_grid([[0, 2]]), 0)
    with pytest.raises(ValueError, match="equal shapes"):
        overlay(BLANK, ONE_CELL, 0)


LEFT = as_grid([[1, 1, 0, 0]])
RIGHT = as_grid([[2, 0, 2, 0]])


@pytest.mark.parametrize(
    ("op", "expected"),
    [
        ("and", [[7, 0, 0, 0]]),
        ("or", [[7, 7, 7, 0]]),
        ("xor", [[0, 7, 7, 0]]),
        ("nor", [[0, 0, 0, 7]]),
        ("left", [[0, 7, 0, 0]]),
        ("right", [[0, 0, 7, 0]]),
    ],
)
def test_combine(op: LogicOp, expected: list[list[int]]) -> None:
    assert cells_of(call(combine, LEFT, RIGHT, op, 7, 0)) == expected


def test_combine_edge_grids() -> None:
    assert cells_of(call(combine, BLANK, BLANK, "nor", 4, 0)) == [[4] * 4] * 3
    assert cells_of(call(combine, BLANK, BLANK, "or", 4, 0)) == cells_of(BLANK)
    assert cells_of(call(combine, ONE_CELL, ONE_CELL, "and", 1, 0)) == [[1]]
    both = call(combine, BIG, BIG, "and", 1, 0)
    assert cells_of(both) == [[int(v != 0) for v in row] for row in cells_of(BIG)]


def test_combine_rejects_unknown_op_and_different_shapes() -> None:
    with pytest.raises(ValueError, match="op must be"):
        combine(LEFT, RIGHT, "nand", 1, 0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="equal shapes"):
        combine(LEFT, ONE_CELL, "and", 1, 0)
