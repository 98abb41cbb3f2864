"""The ray-cast families: training tasks they solve through the real search."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import Grid
from evo.operators.exhaustive import search
from evo.operators.fitted import ray_casts
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply
from evo.tasks import Task

SOLVED = {
    "7ddcd7ec": "line end",
    "5c0a986e": "corner ray",
    "6e19193c": "notch ray",
    "855e0971": "hole line",
    "4612dd53": "dash fill",
    "5daaa586": "framed ray",
}
"""Training tasks the search solves with this module's families, with the family that does it."""

FAMILIES = (
    ray_casts.line_ends,
    ray_casts.corner_rays,
    ray_casts.notch_rays,
    ray_casts.hole_lines,
    ray_casts.dash_fills,
    ray_casts.framed_rays,
)
"""This module's families, in their order in the library."""


def _own(task: Task, label: str) -> list[tuple[Grid | None, ...]]:
    """The outputs (train then test) of this module's transforms of the family `label` that get
    every train and test output of the task right."""
    facts, inputs = infer(task), [p.input for p in task.train + task.test]
    found: list[tuple[Grid | None, ...]] = []
    for family in FAMILIES:
        for t in family(facts):
            outs = [apply(t, g) for g in inputs]
            if t.family == label and all(
                o is not None and p.output is not None and np.array_equal(o, p.output)
                for o, p in zip(outs, task.train + task.test, strict=True)
            ):
                found.append(tuple(outs))
    return found


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found and found[0].score == 1.0
    assert passes(found, task)
    own = _own(task, SOLVED[task_id])
    assert own
    solving = [f for f in found if f.score == 1.0 and right(f, task)]
    # A solving path uses the family, or gives its outputs (another family's equal result was
    # found first and the search keeps one path per distinct outputs).
    assert any(
        SOLVED[task_id] in {step.family for step in f.path}
        or all(np.array_equal(a, b) for a, b in zip(f.outputs, own[0], strict=True))
        for f in solving
    )
