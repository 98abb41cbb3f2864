"""The divided_panels families: training tasks they solve through the real search, their
transforms run the same in the sandbox, and the divider helpers on hand-made grids."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import search
from evo.operators.fitted import divided_panels
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply, render

SOLVED = {
    "1e32b0e9": "panel template",
    "272f95fa": "panel paint",
    "29623171": "fullest panel",
}
"""Training tasks the search solves with these families, and the family that does it."""

FAMILIES = (
    divided_panels.panel_paints,
    divided_panels.fullest_panels,
    divided_panels.panel_templates,
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
    for task_id in ("29623171",):
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


def test_dividers_and_bands() -> None:
    grid = _grid([[0, 5, 0], [5, 5, 5], [0, 5, 0]])
    assert divided_panels._dividers(grid) == 5
    assert divided_panels._dividers(_grid([[0, 1], [1, 1]])) == 1
    assert divided_panels._dividers(_grid([[0, 1], [2, 3]])) is None
    assert divided_panels._bands(np.array([0, 1, 0, 0, 1, 0])).tolist() == [0, 0, 1, 1, 1, 2]
