"""In-place repaints of evo/operators/cell_repaints.py: stripes, centre lines, swaps, neighbour
tables, half, aligned and template recolours; solved tasks and rendering."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import search
from evo.operators.fitted.cell_repaints import _neighbour_key, _striped, neighbour_rules
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply, render
from evo.tasks import Pair, Task

SOLVED = {
    "ce9e57f2": "half recolour",
    "d23f8c26": "centre line",
    "d90796e8": "neighbour rule",
    "ddf7fa4f": "aligned recolour",
    "e26a3af2": "stripes",
    "e76a88a6": "shape stamp",
    "f76d97a5": "colour swap",
}
"""Training tasks the search solves with these families, with the family a solving path uses
("shape stamp" is a sibling family that pastes a template object over its look-alikes)."""


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
    task = training["e26a3af2"]
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


def test_striped_rows_or_columns() -> None:
    assert _striped(freeze([[1, 1], [2, 2]])) and _striped(freeze([[1, 2], [1, 2]]))
    assert not _striped(freeze([[1, 2], [2, 1]]))


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
