"""Whole-grid rules of evo/operators/rules4.py: inference helpers, solved tasks, rendering."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import Found, search
from evo.operators.infer import infer
from evo.operators.rules4 import (
    FAMILIES,
    _grows,
    _mirrored,
    _neighbour_key,
    _order,
    _striped,
    continuations,
    histograms,
    lookups,
    neighbour_rules,
    smears,
    tallies,
)
from evo.operators.transforms import Transform, apply, render
from evo.tasks import Pair, Task

SOLVED = {
    "cce03e0d": "keyed fractal",
    "cdecee7f": "pixel list",
    "ce9e57f2": "half recolour",
    "cf98881b": "panel stack",
    "d13f3404": "smear",
    "d23f8c26": "centre line",
    "d4469b4b": "output lookup",
    "d4a91cb9": "corner join",
    "d8c310e9": "continue",
    "d90796e8": "neighbour rule",
    "ddf7fa4f": "aligned recolour",
    "e26a3af2": "stripes",
    "e76a88a6": "shape stamp",
    "e9614598": "midpoint stamp",
    "e9afcf9a": "checker blend",
    "ea786f4a": "smear",
    "eb281b96": "edge mirror",
    "f5b8619d": "line through",
    "f76d97a5": "colour swap",
    "f8b3ba0a": "histogram",
    "f8ff0b80": "histogram",
    "ff28f65a": "lookup",
}
"""Training tasks the search solves with these families, with the family a solving path uses."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


def _right(found: Found, task: Task) -> bool:
    """Whether the result's test outputs are every test output."""
    guess = found.outputs[len(task.train) :]
    return all(
        p.output is not None and g.shape == p.output.shape and bool((g == p.output).all())
        for g, p in zip(guess, task.test, strict=True)
    )


def _passes(found: list[Found], task: Task, attempts: int = 2) -> bool:
    """Whether one of the first `attempts` distinct test predictions is right."""
    seen: list[list[bytes]] = []
    for result in found:
        key = [g.tobytes() + bytes(g.shape) for g in result.outputs[len(task.train) :]]
        if key in seen:
            continue
        seen.append(key)
        if _right(result, task):
            return True
        if len(seen) == attempts:
            return False
    return False


@pytest.fixture(scope="module")
def executor():
    with Executor(ExecutorConfig()) as ex:
        yield ex


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found[0].score == 1.0
    assert _passes(found, task)
    solving = [f for f in found if f.score == 1.0 and _right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_rendered_programs_match_in_process(training, executor) -> None:
    jobs, expected = [], []
    for task_id in ("cf98881b", "e26a3af2"):
        task = training[task_id]
        found = search(task)[:2]
        assert any(step.family in set(SOLVED.values()) for f in found for step in f.path)
        for result in found:
            jobs.append((render(result.path), task))
            expected.append(result.outputs)
    results = executor.evaluate(jobs)
    for (code, _), result, outputs in zip(jobs, results, expected, strict=True):
        assert result.status == "ok", (code, result.error)
        got = [np.array(p.output) for p in result.train + result.test]
        assert all(np.array_equal(a, b) for a, b in zip(got, outputs, strict=True)), code


def test_families_are_named_functions() -> None:
    assert len({f.__name__ for f in FAMILIES}) == len(FAMILIES)
    assert all(callable(f) for f in FAMILIES)


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


def test_neighbour_rule_reads_colour_beside() -> None:
    task = _task(
        [
            ([[3, 2, 0], [0, 0, 0], [3, 0, 0]], [[8, 0, 0], [0, 0, 0], [3, 0, 0]]),
            ([[0, 0, 0], [2, 3, 0], [0, 0, 3]], [[0, 0, 0], [0, 8, 0], [0, 0, 3]]),
        ],
        [[2, 0, 0], [3, 0, 3], [0, 0, 0]],
    )
    f = infer(task)
    assert _neighbour_key(f.train[0][0], 0, 0, 0) == (3, (2,))
    [t] = neighbour_rules(f)
    assert apply(t, task.test[0].input).tolist() == [[0, 0, 0], [8, 0, 3], [0, 0, 0]]


def test_shape_helpers() -> None:
    assert _mirrored(3, 5) and _mirrored(3, 9) and not _mirrored(3, 6) and not _mirrored(1, 1)
    assert _striped(freeze([[1, 1], [2, 2]])) and _striped(freeze([[1, 2], [1, 2]]))
    assert not _striped(freeze([[1, 2], [2, 1]]))
    a = freeze([[1, 0], [0, 0]])
    assert _grows(a, freeze([[1, 1], [0, 1]]))
    assert not _grows(a, freeze([[2, 0], [0, 0]]))
    assert _grows(a, freeze([[1, 0, 0], [0, 1, 0]]))


def test_smear_paints_behind_diagonal() -> None:
    task = _task(
        [
            ([[1, 0, 0], [0, 0, 0], [0, 0, 0]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
            ([[0, 2, 0], [3, 0, 0], [0, 0, 0]], [[0, 2, 0], [3, 0, 2], [0, 3, 0]]),
        ],
        [[0, 0, 0], [0, 4, 0], [0, 0, 0]],
    )
    [t, *_] = smears(infer(task))
    assert apply(t, task.test[0].input).tolist() == [[0, 0, 0], [0, 4, 0], [0, 0, 4]]


def test_continuation_repeats_the_strip() -> None:
    task = _task(
        [
            ([[1, 2, 1, 2, 0, 0]], [[1, 2, 1, 2, 1, 2]]),
            ([[3, 3, 4, 3, 3, 4, 0, 0]], [[3, 3, 4, 3, 3, 4, 3, 3]]),
        ],
        [[5, 6, 7, 5, 0, 0, 0]],
    )
    [t] = continuations(infer(task))
    assert apply(t, task.test[0].input).tolist() == [[5, 6, 7, 5, 6, 7, 5]]
