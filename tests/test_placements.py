"""The placements families: training tasks they solve through the real search, their
transforms run the same in the sandbox, and magnets and full lines on hand-made grids."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import search
from evo.operators.fitted import placements
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply, render
from evo.tasks import Pair, Task

SOLVED = {
    "1a07d186": "attachment",
    "1caeab9d": "align",
    "321b1fc6": "shape stamp",
    "363442ee": "marker stamp",
    "4093f84a": "magnet",
    "88a10436": "marker stamp",
}
"""Training tasks the search solves with these families, and the family that does it."""

FAMILIES = (
    placements.aligns,
    placements.magnets,
    placements.shape_stamps,
    placements.marker_stamps,
    placements.attachments,
)
"""The module's families, in the library's order."""


def _grid(rows: list[list[int]]) -> np.ndarray:
    return freeze(np.array(rows))


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]]) -> Task:
    train = tuple(Pair(_grid(a), _grid(b)) for a, b in pairs)
    return Task("hand", train, (Pair(train[0].input, None),))


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found and found[0].score == 1.0
    assert passes(found, task)
    solving = [f for f in found if f.score == 1.0 and right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_transforms_run_the_same_in_the_sandbox(training) -> None:
    jobs, expected = [], []
    for task_id in ("1a07d186",):
        task = training[task_id]
        facts = infer(task)
        steps = [t for family in FAMILIES for t in family(facts)]
        assert steps
        for step in steps:
            grids = [p.input for p in task.train + task.test]
            outputs = [apply(step, g) for g in grids]
            assert all(o is not None for o in outputs)
            jobs.append((render((step,)), task))
            expected.append(outputs)
    with Executor(ExecutorConfig()) as ex:
        results = ex.evaluate(jobs)
    for (code, _), result, outputs in zip(jobs, results, expected, strict=True):
        assert result.status == "ok", (code, result.error)
        got = [np.array(p.output) for p in result.train + result.test]
        assert all(np.array_equal(a, b) for a, b in zip(got, outputs, strict=True)), code


def test_magnets_queue_up_against_the_block() -> None:
    a = [[3, 0, 3, 0, 5], [0, 0, 0, 0, 5]]
    b = [[0, 0, 3, 3, 5], [0, 0, 0, 0, 5]]
    steps = placements.magnets(infer(_task([(a, b)])))
    assert len(steps) == 1
    assert apply(steps[0], _grid([[0, 3, 0, 0, 3, 5]])).tolist() == [[0, 0, 0, 3, 3, 5]]


def test_full_lines() -> None:
    a = _grid([[5, 5, 5], [0, 5, 1], [0, 5, 0]])
    assert placements._full_lines([(a, a)]) == {5}
    assert placements._full_lines([(a, a), (_grid([[1, 2], [3, 4]]), a)]) == set()
