"""Colour primitives: exact results, edge grids and ties."""

from __future__ import annotations

from test_primitives import BIG, BLANK, ONE_CELL, call, cells_of

from dsl.colour import (
    count_color,
    find,
    least_common,
    map_colors,
    most_common,
    only,
    palette,
    replace,
)
from dsl.types import as_grid

MIXED = as_grid([[3, 1, 1], [0, 3, 1]])
FULL = as_grid([[4] * 30 for _ in range(30)])


def test_palette() -> None:
    assert call(palette, MIXED) == [0, 1, 3]
    assert call(palette, ONE_CELL) == [5]
    assert call(palette, BLANK) == [0]
    assert call(palette, BIG) == list(range(10))
    assert all(type(c) is int for c in call(palette, MIXED))


def test_count_color() -> None:
    assert call(count_color, MIXED, 1) == 3
    assert call(count_color, MIXED, 3) == 2
    assert call(count_color, MIXED, 7) == 0
    assert call(count_color, ONE_CELL, 5) == 1
    assert call(count_color, BLANK, 0) == 12
    assert call(count_color, FULL, 4) == 900
    assert call(count_color, BIG, 0) == 90


def test_most_common() -> None:
    assert call(most_common, MIXED) == 1
    assert call(most_common, as_grid([[5, 2, 2]])) == 2
    assert call(most_common, ONE_CELL) == 5
    assert call(most_common, BLANK) == 0
    assert call(most_common, FULL) == 4


def test_most_common_tie_goes_to_the_smaller_colour() -> None:
    assert call(most_common, as_grid([[3, 3, 1], [1, 2, 2]])) == 1
    assert call(most_common, as_grid([[9, 8]])) == 8
    assert call(most_common, BIG) == 0  # every colour 90 times


def test_least_common() -> None:
    assert call(least_common, as_grid([[1, 1, 2], [2, 2, 3]])) == 3
    assert call(least_common, ONE_CELL) == 5
    assert call(least_common, BLANK) == 0  # only colours that are present count
    assert call(least_common, FULL) == 4


def test_least_common_tie_goes_to_the_smaller_colour() -> None:
    assert call(least_common, as_grid([[7, 7, 6], [4, 9, 6]])) == 4
    assert call(least_common, BIG) == 0


def test_replace() -> None:
    assert cells_of(call(replace, MIXED, 1, 8)) == [[3, 8, 8], [0, 3, 8]]
    assert cells_of(call(replace, MIXED, 7, 8)) == cells_of(MIXED)
    assert cells_of(call(replace, MIXED, 3, 3)) == cells_of(MIXED)
    assert cells_of(call(replace, ONE_CELL, 5, 0)) == [[0]]
    assert cells_of(call(replace, BLANK, 0, 2)) == [[2] * 4] * 3
    assert cells_of(call(replace, FULL, 4, 9)) == [[9] * 30] * 30


def test_map_colors() -> None:
    assert cells_of(call(map_colors, MIXED, {1: 3, 3: 1})) == [[1, 3, 3], [0, 1, 3]]
    # One pass, not a chain: 1 -> 3 does not then go on to 3 -> 0.
    assert cells_of(call(map_colors, MIXED, {1: 3, 3: 0})) == [[0, 3, 3], [0, 0, 3]]
    assert cells_of(call(map_colors, MIXED, {})) == cells_of(MIXED)
    assert cells_of(call(map_colors, MIXED, {7: 2})) == cells_of(MIXED)


def test_map_colors_edge_grids() -> None:
    assert cells_of(call(map_colors, ONE_CELL, {5: 6})) == [[6]]
    assert cells_of(call(map_colors, BLANK, {0: 1})) == [[1] * 4] * 3
    shifted = call(map_colors, BIG, {c: (c + 1) % 10 for c in range(10)})
    assert cells_of(shifted) == [[(v + 1) % 10 for v in row] for row in cells_of(BIG)]


def test_only() -> None:
    assert cells_of(call(only, MIXED, 1, 0)) == [[0, 1, 1], [0, 0, 1]]
    assert cells_of(call(only, MIXED, 3, 9)) == [[3, 9, 9], [9, 3, 9]]
    assert cells_of(call(only, MIXED, 7, 0)) == [[0, 0, 0], [0, 0, 0]]
    assert cells_of(call(only, ONE_CELL, 5, 0)) == [[5]]
    assert cells_of(call(only, ONE_CELL, 2, 0)) == [[0]]
    assert cells_of(call(only, BLANK, 0, 6)) == cells_of(BLANK)
    kept = call(only, BIG, 0, 1)
    assert call(count_color, kept, 0) == 90 and call(count_color, kept, 1) == 810


def test_find() -> None:
    assert call(find, MIXED, 1) == [(0, 1), (0, 2), (1, 2)]
    assert call(find, MIXED, 0) == [(1, 0)]
    assert call(find, MIXED, 7) == []
    assert call(find, ONE_CELL, 5) == [(0, 0)]
    assert call(find, BLANK, 1) == []
    everywhere = call(find, FULL, 4)
    assert len(everywhere) == 900 and everywhere[:2] == [(0, 0), (0, 1)]
    assert everywhere[-1] == (29, 29) and everywhere == sorted(everywhere)
    assert all(type(r) is int and type(c) is int for r, c in everywhere)
