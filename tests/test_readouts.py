"""Summary outputs of evo/operators/readouts.py: histograms, lookups, tallies, pixel lists."""

from __future__ import annotations

import pytest

from dsl.types import freeze
from evo.operators.exhaustive import search
from evo.operators.fitted import FITTED
from evo.operators.fitted.readouts import _order, histograms, lookups, tallies
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import Transform, apply
from evo.tasks import Pair, Task

SOLVED = {
    "cdecee7f": "pixel list",
    "d4469b4b": "output lookup",
    "f8b3ba0a": "histogram",
    "f8ff0b80": "histogram",
    "ff28f65a": "lookup",
}
"""Training tasks the search solves with these families, with the family a solving path uses
("lookup" is a sibling family that draws its output by a key)."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found[0].score == 1.0
    assert passes(found, task)
    solving = [f for f in found if f.score == 1.0 and right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_families_are_named_functions() -> None:
    assert len({(f.__module__, f.__name__) for f in FITTED}) == len(FITTED)
    assert all(callable(f) for f in FITTED)


def test_order_reads_nested_cells_off_counts() -> None:
    task = _task(
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


def test_order_refuses_outputs_that_do_not_nest() -> None:
    task = _task(
        [
            ([[1, 0], [0, 0]], [[5, 0], [0, 0]]),
            ([[1, 0], [0, 1]], [[0, 5], [0, 5]]),
        ],
        [[1, 0], [0, 0]],
    )
    assert _order(Transform("tally", ("len(objects($g, 0))",)), infer(task)) is None


def test_histogram_lists_colours_by_count() -> None:
    task = _task(
        [
            ([[1, 1, 2], [0, 0, 3], [1, 3, 0]], [[1], [3], [2]]),
            ([[4, 0, 0], [4, 4, 6], [6, 0, 7]], [[4], [6], [7]]),
        ],
        [[2, 2, 2], [0, 9, 9], [0, 0, 5]],
    )
    [t, *_] = histograms(infer(task))
    assert apply(t, task.test[0].input).tolist() == [[2], [9], [5]]


def test_lookup_maps_colour_to_output() -> None:
    a, b = [[9, 9], [9, 9]], [[1, 1], [1, 1]]
    task = _task(
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
