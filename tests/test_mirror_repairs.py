"""The mirror_repairs families: training tasks they solve through the real search, their
transforms run the same in the sandbox, and the off-centre axis helpers on hand-made grids."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import search
from evo.operators.fitted import mirror_repairs
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply, render

SOLVED = {
    "11852cab": "box symmetry",
    "3345333e": "mirror completion",
    "3631a71a": "offset symmetry",
}
"""Training tasks the search solves with these families, and the family that does it."""

FAMILIES = (
    mirror_repairs.offset_symmetries,
    mirror_repairs.box_symmetries,
    mirror_repairs.completions,
)
"""The module's families, in the library's order."""


def _grid(rows: list[list[int]]) -> np.ndarray:
    return freeze(np.array(rows))


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
    for task_id in ("3345333e",):
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


def test_axis_and_pads_find_an_off_centre_mirror() -> None:
    rows = [[1, 1], [3, 3], [5, 5], [3, 3], [1, 1]]
    low, high = _grid(rows + [[9, 9]]), _grid([[9, 9]] + rows)
    assert mirror_repairs._axis(low, 9) == 4
    assert mirror_repairs._axis(high, 9) == 6
    assert mirror_repairs._axis(_grid([[1], [2], [3], [4]]), 9) is None
    assert mirror_repairs._pads([(low, low)], 9) == (1, 0, 0, 0)
    assert mirror_repairs._pads([(high, high)], 9) == (0, 1, 0, 0)
    assert mirror_repairs._pads([(low, low), (high, high)], 9) is None
