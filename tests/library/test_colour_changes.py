"""Rule families of evo/operators/fitted/colour_changes.py on hand-made tasks: the
colour-change helpers, mark tables, touch fills and pair swaps."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import colour_changes
from evo.library.fitted.colour_changes import _mark_table, change, changed_from, changed_to
from evo.library.infer import infer
from evo.library.transforms import apply


def test_change_helpers_read_one_colour_pair(make_task) -> None:
    task = make_task([([[0, 1], [0, 0]], [[2, 1], [2, 2]]), ([[1, 0]], [[1, 2]])], [[0, 0]])
    f = infer(task)
    assert change(f) == (0, 2)
    assert changed_from(f) == 0
    assert changed_to(f) == 2
    mixed = infer(make_task([([[0, 1]], [[2, 3]])], [[0]]))
    assert change(mixed) is None
    assert changed_from(mixed) is None
    assert changed_to(mixed) is None
    grown = infer(make_task([([[0]], [[0, 0]])], [[0]]))
    assert change(grown) is None


def test_mark_table_reads_position_to_colour(make_task) -> None:
    pairs = [
        ([[0, 0, 5], [0, 5, 0]], [[3, 3, 3], [4, 4, 4]]),
        ([[5, 0, 0]], [[2, 2, 2]]),
    ]
    f = infer(make_task(pairs, [[0, 5, 0]]))
    assert _mark_table(f, 0) == {2: 3, 1: 4, 0: 2}
    assert _mark_table(f, 1) is None
    clash = [([[0, 5], [0, 5]], [[3, 3], [4, 4]])]
    assert _mark_table(infer(make_task(clash, [[0, 5]])), 0) is None


def test_touch_fills_floods_regions_next_to_a_colour(make_task) -> None:
    pairs = [
        ([[0, 0, 3, 0], [1, 0, 3, 0], [3, 3, 3, 0]], [[1, 1, 3, 0], [1, 1, 3, 0], [3, 3, 3, 0]]),
        ([[0, 3, 0], [3, 3, 1]], [[0, 3, 1], [3, 3, 1]]),
    ]
    f = infer(make_task(pairs, [[0, 0], [3, 1]]))
    found = colour_changes.touch_fills(f)
    assert found
    out = apply(found[0], freeze([[0, 3, 0], [0, 3, 1]]))
    assert out is not None and out.tolist() == [[0, 3, 1], [0, 3, 1]]


def test_pair_swaps_exchanges_each_grids_own_two_colours(make_task) -> None:
    pairs = [([[1, 2], [2, 2]], [[2, 1], [1, 1]]), ([[3, 3, 4]], [[4, 4, 3]])]
    f = infer(make_task(pairs, [[5, 6]]))
    found = colour_changes.pair_swaps(f)
    assert found
    out = apply(found[0], freeze([[5, 6, 6]]))
    assert out is not None and out.tolist() == [[6, 5, 5]]
