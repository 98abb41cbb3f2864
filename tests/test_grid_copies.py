"""Copies of the grid in evo/operators/grid_copies.py: panel stacks, mirrors, blends, fractals,
continued patterns; solved tasks and rendering."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import search
from evo.operators.fitted.grid_copies import _mirrored, continuations
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply, render
from evo.tasks import Pair, Task

SOLVED = {
    "cce03e0d": "keyed fractal",
    "cf98881b": "panel stack",
    "d8c310e9": "continue",
    "e9afcf9a": "checker blend",
    "eb281b96": "edge mirror",
}
"""Training tasks the search solves with these families, with the family a solving path uses."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


@pytest.fixture(scope="module")
def executor():
    with Executor(ExecutorConfig()) as ex:
        yield ex


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
    task = training["cf98881b"]
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


def test_mirrored_sides() -> None:
    assert _mirrored(3, 5) and _mirrored(3, 9) and not _mirrored(3, 6) and not _mirrored(1, 1)


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
