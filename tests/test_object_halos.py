"""Rule families of evo/operators/object_halos.py: stamp agreement, hand-made halos, the real
search on the training tasks they solve, and rendered programs in the sandbox."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators import families
from evo.operators.exhaustive import search
from evo.operators.fitted import object_halos
from evo.operators.fitted.checks import fits
from evo.operators.fitted.object_halos import _agreed
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply, render
from evo.tasks import Pair, Task

FAMILIES = (object_halos.shape_halos,)
"""The module's families, in their order in the library."""

SOLVED = {
    "95990924": "shape halo",
    "b27ca6d3": "shape halo",
}
"""Training tasks the search solves on test with these families, and the family used."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


@pytest.fixture(scope="module")
def executor():
    with Executor(ExecutorConfig()) as ex:
        yield ex


def test_families_are_registered_by_name() -> None:
    names = [family.__name__ for family in FAMILIES]
    assert len(names) == len(set(names)) == 1
    assert all(callable(family) for family in FAMILIES)
    assert set(names) <= {family.__name__ for family in families.FAMILIES}


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found[0].score == 1.0
    assert passes(found, task)
    solving = [f for f in found if f.score == 1.0 and right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_rendered_programs_match_in_process(training, executor) -> None:
    jobs, expected = [], []
    for task_id in ("b27ca6d3",):
        task = training[task_id]
        best = search(task)[0]
        assert SOLVED[task_id] in {step.family for step in best.path}
        jobs.append((render(best.path), task))
        expected.append(best.outputs)
    results = executor.evaluate(jobs)
    for (code, _), result, outputs in zip(jobs, results, expected, strict=True):
        assert result.status == "ok", (code, result.error)
        got = [np.array(p.output) for p in result.train + result.test]
        assert all(np.array_equal(a, b) for a, b in zip(got, outputs, strict=True)), code


def test_agreed_keeps_offsets_every_view_agrees_on() -> None:
    views = [{(0, 1): 3, (1, 0): 4, (2, 2): -1}, {(0, 1): 3, (1, 0): 5}, {(2, 2): 6}]
    assert _agreed(views) == {(0, 1): 3}


def test_shape_halos_ring_or_stamps_seen_twice() -> None:
    once = [([[0, 0, 0], [0, 2, 0], [0, 0, 0]], [[0, 3, 0], [0, 2, 0], [0, 4, 0]])]
    assert object_halos.shape_halos(infer(_task(once, [[0, 2]]))) == []
    ring = [([[0, 0, 0], [0, 2, 0], [0, 0, 0]], [[3, 3, 3], [3, 2, 3], [3, 3, 3]])]
    found = object_halos.shape_halos(infer(_task(ring, [[0, 2]])))
    assert found
    out = apply(found[0], freeze([[2, 0, 0], [0, 0, 0]]))
    assert out is not None and out.tolist() == [[2, 3, 0], [3, 3, 0]]
    grid = [[0, 0, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 2, 0], [0, 0, 0, 0, 0]]
    out = [[3, 3, 3, 0, 0], [3, 2, 3, 0, 0], [3, 3, 3, 3, 3], [0, 0, 3, 2, 3], [0, 0, 3, 3, 3]]
    f = infer(_task([(grid, out)], [[0, 2]]))
    found = object_halos.shape_halos(f)
    assert found and all(fits(t, f.train) for t in found)


def test_families_add_nothing_when_train_does_not_fit() -> None:
    pairs = [([[1, 2], [3, 4]], [[4, 3], [2, 1]])]
    f = infer(_task(pairs, [[1, 2], [3, 4]]))
    assert [t for family in FAMILIES for t in family(f)] == []
