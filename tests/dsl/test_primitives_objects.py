"""Object primitives: finding connected groups, their properties and putting them back."""

from __future__ import annotations

import pytest
from test_primitives import BIG, BLANK, ONE_CELL, call, cells_of

from dsl.objects import (
    bbox,
    cells,
    color,
    from_grid,
    move,
    normalize,
    objects,
    paint,
    recolor,
    size,
    subgrid,
    touches_border,
)
from dsl.types import Object, as_grid

SCENE = as_grid(
    [
        [0, 1, 1, 0, 0],
        [0, 1, 0, 0, 2],
        [0, 0, 0, 2, 2],
        [3, 0, 0, 0, 0],
    ]
)
HOOK = Object(frozenset({(0, 1, 1), (0, 2, 1), (1, 1, 1)}))
CORNER = Object(frozenset({(1, 4, 2), (2, 3, 2), (2, 4, 2)}))
DOT = Object(frozenset({(3, 0, 3)}))
EMPTY = Object(frozenset())
CHECKER = as_grid([[(r + c) % 2 for c in range(30)] for r in range(30)])


def test_objects() -> None:
    assert call(objects, SCENE, 0) == [HOOK, CORNER, DOT]


def test_objects_orders_by_top_then_left() -> None:
    found = call(objects, as_grid([[0, 0, 4], [2, 0, 0], [0, 0, 0], [0, 1, 1]]), 0)
    assert [cells(o) for o in found] == [[(0, 2)], [(1, 0)], [(3, 1), (3, 2)]]
    side_by_side = call(objects, as_grid([[1, 0, 2]]), 0)
    assert [color(o) for o in side_by_side] == [1, 2]


def test_objects_diagonal_and_multicolor() -> None:
    cross = as_grid([[1, 0], [0, 1]])
    assert len(call(objects, cross, 0)) == 2
    assert call(objects, cross, 0, diagonal=True) == [Object(frozenset({(0, 0, 1), (1, 1, 1)}))]
    two_tone = as_grid([[1, 2], [0, 0]])
    assert len(call(objects, two_tone, 0)) == 2
    assert call(objects, two_tone, 0, multicolor=True) == [
        Object(frozenset({(0, 0, 1), (0, 1, 2)}))
    ]


def test_objects_with_other_background() -> None:
    # With background 1 the zeros of a checkerboard row are the objects.
    found = call(objects, as_grid([[0, 1, 0], [1, 1, 1]]), 1)
    assert found == [Object(frozenset({(0, 0, 0)})), Object(frozenset({(0, 2, 0)}))]


def test_objects_edge_grids() -> None:
    assert call(objects, BLANK, 0) == []
    assert call(objects, ONE_CELL, 5) == []
    assert call(objects, ONE_CELL, 0) == [Object(frozenset({(0, 0, 5)}))]
    whole = call(objects, BLANK, 9)  # a grid of one colour on another background: one object
    assert len(whole) == 1 and size(whole[0]) == 12
    singles = call(objects, CHECKER, 0)
    assert len(singles) == 450 and all(size(o) == 1 for o in singles)
    assert cells(singles[0]) == [(0, 1)] and cells(singles[-1]) == [(29, 28)]
    assert [size(o) for o in call(objects, CHECKER, 0, diagonal=True)] == [450]
    assert len(call(objects, BIG, 0)) == 810  # no two equal neighbours: all singletons
    # BIG's zeros lie on the diagonals c - r = -20, -10, 0, 10, 20, which cut it into 6 bands.
    bands = call(objects, BIG, 0, multicolor=True)
    assert [(size(o), bbox(o)[:2]) for o in bands] == [
        (225, (0, 1)),
        (135, (0, 11)),
        (45, (0, 21)),
        (225, (1, 0)),
        (135, (11, 0)),
        (45, (21, 0)),
    ]


def test_size() -> None:
    assert call(size, HOOK) == 3
    assert call(size, DOT) == 1
    assert call(size, EMPTY) == 0


def test_color() -> None:
    assert call(color, HOOK) == 1
    assert call(color, Object(frozenset({(0, 0, 4), (0, 1, 2), (1, 0, 2)}))) == 2
    assert call(color, Object(frozenset({(0, 0, 7), (0, 1, 3)}))) == 3  # tie: smaller colour


def test_color_of_empty_object_raises() -> None:
    with pytest.raises(ValueError):
        color(EMPTY)


def test_bbox() -> None:
    assert call(bbox, HOOK) == (0, 1, 2, 2)
    assert call(bbox, CORNER) == (1, 3, 2, 2)
    assert call(bbox, DOT) == (3, 0, 1, 1)
    assert call(bbox, Object(frozenset({(-1, -2, 1), (4, 0, 1)}))) == (-1, -2, 6, 3)


def test_bbox_of_empty_object_raises() -> None:
    with pytest.raises(ValueError):
        bbox(EMPTY)


def test_cells() -> None:
    assert call(cells, HOOK) == [(0, 1), (0, 2), (1, 1)]
    assert call(cells, CORNER) == [(1, 4), (2, 3), (2, 4)]
    assert call(cells, EMPTY) == []


def test_subgrid() -> None:
    assert cells_of(call(subgrid, HOOK, 0)) == [[1, 1], [1, 0]]
    assert cells_of(call(subgrid, CORNER, 9)) == [[9, 2], [2, 2]]
    assert cells_of(call(subgrid, DOT, 0)) == [[3]]
    two_tone = Object(frozenset({(5, 5, 1), (5, 7, 2)}))
    assert cells_of(call(subgrid, two_tone, 0)) == [[1, 0, 2]]


def test_subgrid_of_whole_big_grid_and_empty_object() -> None:
    whole = call(from_grid, BIG, 10)  # nothing is background 10
    assert cells_of(call(subgrid, whole, 0)) == cells_of(BIG)
    with pytest.raises(ValueError):
        subgrid(EMPTY, 0)


def test_from_grid() -> None:
    assert call(from_grid, SCENE, 0) == Object(HOOK.cells | CORNER.cells | DOT.cells)
    shape = as_grid([[0, 6], [6, 0]])
    assert call(from_grid, shape, 0, 2, 3) == Object(frozenset({(2, 4, 6), (3, 3, 6)}))
    assert call(from_grid, shape, 6) == Object(frozenset({(0, 0, 0), (1, 1, 0)}))


def test_from_grid_edge_grids() -> None:
    assert call(from_grid, BLANK, 0) == EMPTY
    assert call(from_grid, ONE_CELL, 0) == Object(frozenset({(0, 0, 5)}))
    assert size(call(from_grid, BIG, 0)) == 810


def test_paint() -> None:
    out = call(paint, BLANK, HOOK)
    assert cells_of(out) == [[0, 1, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0]]
    assert cells_of(call(paint, SCENE, recolor(HOOK, 9))) == [
        [0, 9, 9, 0, 0],
        [0, 9, 0, 0, 2],
        [0, 0, 0, 2, 2],
        [3, 0, 0, 0, 0],
    ]


def test_paint_drops_cells_outside_the_grid() -> None:
    # CORNER reaches column 4, DOT row 3: outside the 3x4 blank grid they vanish.
    assert cells_of(call(paint, BLANK, CORNER)) == [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 2]]
    assert cells_of(call(paint, ONE_CELL, move(DOT, -4, 0))) == [[5]]
    assert cells_of(call(paint, ONE_CELL, EMPTY)) == [[5]]
    assert cells_of(call(paint, ONE_CELL, Object(frozenset({(0, 0, 1)})))) == [[1]]


def test_paint_big_grid_round_trip() -> None:
    blank = as_grid([[0] * 30 for _ in range(30)])
    assert cells_of(call(paint, blank, from_grid(BIG, 0))) == cells_of(BIG)


def test_recolor() -> None:
    assert call(recolor, HOOK, 4) == Object(frozenset({(0, 1, 4), (0, 2, 4), (1, 1, 4)}))
    mixed = Object(frozenset({(0, 0, 1), (0, 1, 2)}))
    assert call(recolor, mixed, 0) == Object(frozenset({(0, 0, 0), (0, 1, 0)}))
    assert call(recolor, EMPTY, 3) == EMPTY


def test_move() -> None:
    assert call(move, HOOK, 2, -1) == Object(frozenset({(2, 0, 1), (2, 1, 1), (3, 0, 1)}))
    assert call(move, HOOK, 0, 0) == HOOK
    assert call(move, DOT, -5, 40) == Object(frozenset({(-2, 40, 3)}))
    assert call(move, EMPTY, 1, 1) == EMPTY


def test_normalize() -> None:
    assert call(normalize, CORNER) == Object(frozenset({(0, 1, 2), (1, 0, 2), (1, 1, 2)}))
    assert call(normalize, DOT) == Object(frozenset({(0, 0, 3)}))
    assert call(normalize, move(HOOK, 7, 9)) == call(normalize, HOOK)
    assert call(normalize, move(DOT, -3, -3)) == call(normalize, DOT)


def test_normalize_of_empty_object_raises() -> None:
    with pytest.raises(ValueError):
        normalize(EMPTY)


def test_touches_border() -> None:
    assert call(touches_border, HOOK, SCENE) is True  # row 0
    assert call(touches_border, DOT, SCENE) is True  # column 0
    inner = as_grid([[0, 0, 0], [0, 1, 0], [0, 0, 0]])
    assert call(touches_border, objects(inner, 0)[0], inner) is False
    assert call(touches_border, Object(frozenset({(1, 1, 1)})), BIG) is False
    assert call(touches_border, Object(frozenset({(29, 12, 1)})), BIG) is True
    assert call(touches_border, Object(frozenset({(0, 0, 5)})), ONE_CELL) is True
    assert call(touches_border, EMPTY, BLANK) is False
