"""The resized_outputs families: training tasks they solve through the real search, their
transforms run the same in the sandbox, and the renumbering of scaled strokes."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import search
from evo.operators.fitted import resized_outputs
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import KEEP, Transform, apply, render

SOLVED = {
    "10fcaaa3": "scaled stroke",
    "137eaa0f": "window overlay",
    "3de23699": "marked crop",
    "3f7978a0": "margin crop",
}
"""Training tasks the search solves with these families, and the family that does it."""

FAMILIES = (
    resized_outputs.marked_crops,
    resized_outputs.margin_crops,
    resized_outputs.window_overlays,
    resized_outputs.scaled_strokes,
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
    for task_id in ("10fcaaa3", "137eaa0f"):
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


def test_after_renumbers_the_lines() -> None:
    t = Transform("t", ("mirror($g, 'h')", "hconcat($0, $g)"), KEEP)
    step = resized_outputs._after("tile($g, 1, 2)", t, ("scale", 1, 4))
    assert step.lines == ("tile($g, 1, 2)", "mirror($0, 'h')", "hconcat($1, $0)")
    assert step.family == "scaled stroke"
    assert apply(step, _grid([[1, 2]])).tolist() == [[2, 1, 2, 1, 1, 2, 1, 2]]
