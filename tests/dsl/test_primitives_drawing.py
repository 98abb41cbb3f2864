"""Drawing primitives: cells, lines, rays, rectangles, fills and gravity."""

from __future__ import annotations

import pytest
from test_primitives import BIG, BLANK, ONE_CELL, call, cells_of

from dsl.drawing import (
    Heading,
    fill_cells,
    fill_enclosed,
    flood_fill,
    gravity,
    line,
    outline,
    ray,
    rect,
)
from dsl.types import Cell, Direction, as_grid

EMPTY_5X5 = as_grid([[0] * 5 for _ in range(5)])
EMPTY_30 = as_grid([[0] * 30 for _ in range(30)])


def _marked(cells: list[Cell], size: int = 5, color: int = 1) -> list[list[int]]:
    """A size x size blank grid as lists, with `cells` set to `color`."""
    return [[color if (r, c) in cells else 0 for c in range(size)] for r in range(size)]


def test_fill_cells() -> None:
    assert cells_of(call(fill_cells, BLANK, [(0, 0), (2, 3)], 4)) == [
        [4, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 4],
    ]
    assert cells_of(call(fill_cells, BLANK, [], 4)) == cells_of(BLANK)
    assert cells_of(call(fill_cells, BLANK, [(1, 1), (1, 1)], 4))[1] == [0, 4, 0, 0]


def test_fill_cells_drops_cells_outside_the_grid() -> None:
    assert cells_of(call(fill_cells, ONE_CELL, [(-1, 0), (0, -1), (1, 0), (0, 1)], 2)) == [[5]]
    assert cells_of(call(fill_cells, ONE_CELL, [(0, 0), (9, 9)], 2)) == [[2]]
    corners = call(fill_cells, EMPTY_30, [(0, 0), (29, 29), (30, 30)], 3)
    assert corners[0, 0] == corners[29, 29] == 3 and int(corners.sum()) == 6


@pytest.mark.parametrize(
    ("start", "end", "cells"),
    [
        ((1, 0), (1, 3), [(1, 0), (1, 1), (1, 2), (1, 3)]),
        ((1, 3), (1, 0), [(1, 0), (1, 1), (1, 2), (1, 3)]),
        ((0, 2), (4, 2), [(r, 2) for r in range(5)]),
        ((0, 0), (4, 4), [(i, i) for i in range(5)]),
        ((4, 0), (1, 3), [(4, 0), (3, 1), (2, 2), (1, 3)]),
        ((2, 2), (2, 2), [(2, 2)]),
        ((-2, 2), (6, 2), [(r, 2) for r in range(5)]),  # clipped to the grid
    ],
)
def test_line(start: Cell, end: Cell, cells: list[Cell]) -> None:
    assert cells_of(call(line, EMPTY_5X5, start, end, 1)) == _marked(cells)


def test_line_edge_grids() -> None:
    assert cells_of(call(line, ONE_CELL, (0, 0), (0, 0), 1)) == [[1]]
    diagonal = call(line, EMPTY_30, (0, 29), (29, 0), 2)
    assert all(diagonal[i, 29 - i] == 2 for i in range(30)) and int(diagonal.sum()) == 60


@pytest.mark.parametrize(("start", "end"), [((0, 0), (1, 2)), ((0, 0), (3, 1)), ((4, 4), (0, 1))])
def test_line_rejects_other_slopes(start: Cell, end: Cell) -> None:
    with pytest.raises(ValueError, match="horizontal, vertical or diagonal"):
        line(EMPTY_5X5, start, end, 1)


@pytest.mark.parametrize(
    ("heading", "cells"),
    [
        ("up", [(1, 2), (0, 2)]),
        ("down", [(3, 2), (4, 2)]),
        ("left", [(2, 1), (2, 0)]),
        ("right", [(2, 3), (2, 4)]),
        ("up-left", [(1, 1), (0, 0)]),
        ("up-right", [(1, 3), (0, 4)]),
        ("down-left", [(3, 1), (4, 0)]),
        ("down-right", [(3, 3), (4, 4)]),
    ],
)
def test_ray(heading: Heading, cells: list[Cell]) -> None:
    # The start cell itself is not painted.
    assert cells_of(call(ray, EMPTY_5X5, (2, 2), heading, 1)) == _marked(cells)


def test_ray_stops_before_a_stop_cell_and_paints_over_others() -> None:
    walled = as_grid([[0, 3, 0, 4, 0, 0]])
    assert cells_of(call(ray, walled, (0, 0), "right", 1, 4)) == [[0, 1, 1, 4, 0, 0]]
    assert cells_of(call(ray, walled, (0, 0), "right", 1)) == [[0, 1, 1, 1, 1, 1]]
    assert cells_of(call(ray, walled, (0, 2), "right", 1, 4)) == [[0, 3, 0, 4, 0, 0]]


def test_ray_edge_grids() -> None:
    assert cells_of(call(ray, ONE_CELL, (0, 0), "down", 1)) == [[5]]
    # From just outside the grid the ray enters it and crosses the whole grid.
    assert cells_of(call(ray, BLANK, (-1, 1), "down", 7)) == [[0, 7, 0, 0]] * 3
    long = call(ray, EMPTY_30, (0, 0), "down-right", 9)
    assert int(long.sum()) == 29 * 9 and long[0, 0] == 0 and long[29, 29] == 9


def test_ray_rejects_unknown_heading() -> None:
    with pytest.raises(ValueError, match="heading"):
        ray(EMPTY_5X5, (2, 2), "north", 1)  # type: ignore[arg-type]


def test_rect() -> None:
    assert cells_of(call(rect, BLANK, 0, 1, 2, 2, 6)) == [
        [0, 6, 6, 0],
        [0, 6, 6, 0],
        [0, 0, 0, 0],
    ]
    assert cells_of(call(rect, BLANK, 1, 2, 9, 9, 6)) == [
        [0, 0, 0, 0],
        [0, 0, 6, 6],
        [0, 0, 6, 6],
    ]
    assert cells_of(call(rect, BLANK, -1, -1, 2, 2, 6))[0] == [6, 0, 0, 0]


def test_rect_edge_grids() -> None:
    assert cells_of(call(rect, BLANK, 0, 0, 0, 3, 6)) == cells_of(BLANK)
    assert cells_of(call(rect, BLANK, 5, 5, 2, 2, 6)) == cells_of(BLANK)
    assert cells_of(call(rect, ONE_CELL, 0, 0, 1, 1, 1)) == [[1]]
    assert cells_of(call(rect, BIG, 0, 0, 30, 30, 2)) == [[2] * 30] * 30


def test_outline() -> None:
    assert cells_of(call(outline, EMPTY_5X5, 0, 0, 3, 4, 1)) == [
        [1, 1, 1, 1, 0],
        [1, 0, 0, 1, 0],
        [1, 1, 1, 1, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
    ]
    assert cells_of(call(outline, EMPTY_5X5, 1, 1, 1, 1, 1)) == _marked([(1, 1)])
    assert cells_of(call(outline, EMPTY_5X5, 2, 0, 1, 3, 1)) == _marked([(2, 0), (2, 1), (2, 2)])
    clipped = call(outline, EMPTY_5X5, 3, 3, 4, 4, 1)
    assert cells_of(clipped) == _marked([(3, 3), (3, 4), (4, 3)])


@pytest.mark.parametrize(("h", "w"), [(0, 3), (3, 0), (0, 0), (-2, 3)])
def test_outline_of_no_area_draws_nothing(h: int, w: int) -> None:
    assert cells_of(call(outline, EMPTY_5X5, 2, 1, h, w, 1)) == cells_of(EMPTY_5X5)


def test_outline_edge_grids() -> None:
    assert cells_of(call(outline, ONE_CELL, 0, 0, 1, 1, 1)) == [[1]]
    frame = call(outline, EMPTY_30, 0, 0, 30, 30, 1)
    assert int(frame.sum()) == 116 and not frame[1:29, 1:29].any()


SPLIT = as_grid(
    [
        [1, 1, 0, 2],
        [0, 1, 0, 2],
        [2, 0, 1, 1],
    ]
)


def test_flood_fill() -> None:
    assert cells_of(call(flood_fill, SPLIT, (0, 0), 7)) == [
        [7, 7, 0, 2],
        [0, 7, 0, 2],
        [2, 0, 1, 1],
    ]
    assert cells_of(call(flood_fill, SPLIT, (0, 0), 7, diagonal=True)) == [
        [7, 7, 0, 2],
        [0, 7, 0, 2],
        [2, 0, 7, 7],
    ]
    assert cells_of(call(flood_fill, SPLIT, (0, 2), 1))[0:2] == [[1, 1, 1, 2], [0, 1, 1, 2]]


def test_flood_fill_edge_grids() -> None:
    assert cells_of(call(flood_fill, ONE_CELL, (0, 0), 1)) == [[1]]
    assert cells_of(call(flood_fill, BLANK, (2, 3), 8)) == [[8] * 4] * 3
    assert cells_of(call(flood_fill, EMPTY_30, (15, 15), 3)) == [[3] * 30] * 30
    only_start = call(flood_fill, BIG, (7, 7), 9)  # no equal neighbours: one cell changes
    assert int((only_start != BIG).sum()) == 1 and only_start[7, 7] == 9


@pytest.mark.parametrize("start", [(-1, 0), (0, -1), (3, 0), (0, 4), (-3, -4)])
def test_flood_fill_rejects_start_outside_the_grid(start: Cell) -> None:
    with pytest.raises(ValueError, match="outside"):
        flood_fill(SPLIT, start, 7)


def test_fill_enclosed() -> None:
    ring = as_grid(
        [
            [0, 3, 3, 3, 0],
            [0, 3, 0, 3, 0],
            [0, 3, 0, 3, 0],
            [0, 3, 3, 3, 0],
        ]
    )
    assert cells_of(call(fill_enclosed, ring, 4, 0)) == [
        [0, 3, 3, 3, 0],
        [0, 3, 4, 3, 0],
        [0, 3, 4, 3, 0],
        [0, 3, 3, 3, 0],
    ]
    leaky = as_grid([[3, 3, 3], [3, 0, 0], [3, 3, 3]])
    assert cells_of(call(fill_enclosed, leaky, 4, 0)) == cells_of(leaky)
    # Reach is orthogonal: a diagonal gap in the wall does not let the outside in.
    corner_gap = as_grid([[0, 0, 0, 0], [0, 3, 3, 0], [3, 0, 3, 0], [0, 3, 0, 0]])
    assert cells_of(call(fill_enclosed, corner_gap, 4, 0))[2] == [3, 4, 3, 0]


def test_fill_enclosed_edge_grids() -> None:
    assert cells_of(call(fill_enclosed, BLANK, 4, 0)) == cells_of(BLANK)
    assert cells_of(call(fill_enclosed, ONE_CELL, 4, 5)) == [[5]]
    # BIG's zeros are lone cells: all but those on the edge are enclosed.
    assert cells_of(call(fill_enclosed, BIG, 4, 0)) == [
        [4 if v == 0 and 0 < r < 29 and 0 < c < 29 else v for c, v in enumerate(row)]
        for r, row in enumerate(cells_of(BIG))
    ]
    box = outline(EMPTY_30, 0, 0, 30, 30, 1)
    assert cells_of(call(fill_enclosed, box, 2, 1)) == cells_of(box)  # the 1s all touch the edge
    assert int((call(fill_enclosed, box, 2, 0) == 2).sum()) == 28 * 28
    inside = call(fill_enclosed, outline(EMPTY_30, 1, 1, 28, 28, 1), 2, 0)
    assert int((inside == 2).sum()) == 26 * 26


GRAVEL = as_grid(
    [
        [1, 0, 2],
        [0, 3, 0],
        [4, 0, 0],
    ]
)


@pytest.mark.parametrize(
    ("direction", "expected"),
    [
        ("down", [[0, 0, 0], [1, 0, 0], [4, 3, 2]]),
        ("up", [[1, 3, 2], [4, 0, 0], [0, 0, 0]]),
        ("left", [[1, 2, 0], [3, 0, 0], [4, 0, 0]]),
        ("right", [[0, 1, 2], [0, 0, 3], [0, 0, 4]]),
    ],
)
def test_gravity(direction: Direction, expected: list[list[int]]) -> None:
    assert cells_of(call(gravity, GRAVEL, direction, 0)) == expected


def test_gravity_edge_grids() -> None:
    assert cells_of(call(gravity, ONE_CELL, "down", 0)) == [[5]]
    assert cells_of(call(gravity, BLANK, "left", 0)) == cells_of(BLANK)
    fallen = call(gravity, BIG, "down", 0)
    assert not fallen[:3].any() and fallen[3:].all()  # each column has three zeros


def test_gravity_rejects_unknown_direction() -> None:
    with pytest.raises(ValueError, match="direction"):
        gravity(GRAVEL, "sideways", 0)  # type: ignore[arg-type]
