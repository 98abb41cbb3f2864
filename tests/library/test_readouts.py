"""Summary outputs of evo/operators/fitted/readouts.py on hand-made tasks: nested tallies,
histograms and lookups."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted.readouts import _order, histograms, lookups, tallies
from evo.library.infer import infer
from evo.library.transforms import Transform, apply


def test_order_reads_nested_cells_off_counts(make_task) -> None:
    task = make_task(
        [
            ([[1, 0, 0], [0, 0, 0], [0, 0, 0]], [[5, 0], [0, 0]]),
            ([[1, 0, 1], [0, 0, 0], [0, 0, 0]], [[5, 5], [0, 0]]),
            ([[1, 0, 1], [0, 0, 0], [1, 0, 0]], [[5, 5], [5, 0]]),
        ],
        [[1, 0, 1], [0, 0, 0], [1, 0, 1]],
    )
    f = infer(task)
    probe = Transform("tally", ("len(objects($g, 0))",))
    assert _order(probe, f) == ([(0, 0), (0, 1), (1, 0)], 5, 0)
    [t, *_] = tallies(f)
    assert apply(t, freeze([[1, 0, 0], [0, 0, 0], [0, 0, 1]])).tolist() == [[5, 5], [0, 0]]


def test_order_refuses_outputs_that_do_not_nest(make_task) -> None:
    task = make_task(
        [
            ([[1, 0], [0, 0]], [[5, 0], [0, 0]]),
            ([[1, 0], [0, 1]], [[0, 5], [0, 5]]),
        ],
        [[1, 0], [0, 0]],
    )
    assert _order(Transform("tally", ("len(objects($g, 0))",)), infer(task)) is None


def test_histogram_lists_colours_by_count(make_task) -> None:
    task = make_task(
        [
            ([[1, 1, 2], [0, 0, 3], [1, 3, 0]], [[1], [3], [2]]),
            ([[4, 0, 0], [4, 4, 6], [6, 0, 7]], [[4], [6], [7]]),
        ],
        [[2, 2, 2], [0, 9, 9], [0, 0, 5]],
    )
    [t, *_] = histograms(infer(task))
    assert apply(t, task.test[0].input).tolist() == [[2], [9], [5]]


def test_lookup_maps_colour_to_output(make_task) -> None:
    a, b = [[9, 9], [9, 9]], [[1, 1], [1, 1]]
    task = make_task(
        [
            ([[1, 0, 0], [0, 1, 0], [0, 0, 0]], a),
            ([[0, 2, 0], [0, 2, 0], [0, 0, 0]], b),
            ([[0, 0, 0], [1, 0, 0], [0, 0, 0]], a),
        ],
        [[0, 0, 0], [0, 0, 0], [0, 0, 2]],
    )
    [t, *_] = lookups(infer(task))
    assert apply(t, task.test[0].input).tolist() == b
    assert apply(t, freeze([[3, 0, 0], [0, 0, 0], [0, 0, 0]])) is None
