"""The counted-output families: training tasks they solve through the real search, a
rendered program that runs the same in the sandbox, and their helpers on hand-made grids."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import Grid, freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import search
from evo.operators.fitted import counted_outputs
from evo.operators.fitted.checks import fits
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import KEEP, Transform, apply, render
from evo.tasks import Pair, Task

SOLVED = {
    "6e02f1e3": "lookup",
    "794b24be": "lookup",
    "4be741c5": "colour order",
    "77fdfe62": "key mask",
    "7c008303": "key mask",
    "6773b310": "panel count",
}
"""Training tasks the search solves with this module's families, with the family that does it."""

FAMILIES = (
    counted_outputs.lookups,
    counted_outputs.colour_orders,
    counted_outputs.key_masks,
    counted_outputs.panel_counts,
)
"""This module's families, in their order in the library."""


def _grid(rows: list[list[int]]) -> np.ndarray:
    return freeze(np.array(rows))


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]]) -> Task:
    train = tuple(Pair(_grid(a), _grid(b)) for a, b in pairs)
    return Task("hand", train, (Pair(train[0].input, None),))


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


def test_rendered_program_matches_in_process(training) -> None:
    task = training["4be741c5"]
    best = next(f for f in search(task) if SOLVED["4be741c5"] in {s.family for s in f.path})
    assert best.score == 1.0
    code = render(best.path)
    with Executor(ExecutorConfig()) as ex:
        (result,) = ex.evaluate([(code, task)])
    assert result.status == "ok", (code, result.error)
    got = [np.array(p.output) for p in result.train + result.test]
    assert all(np.array_equal(a, b) for a, b in zip(got, best.outputs, strict=True)), code


def test_fits_needs_every_pair_exact() -> None:
    a, b = _grid([[1, 0], [0, 0]]), _grid([[0, 1], [0, 0]])
    flip = Transform("t", ("mirror($g, 'h')",), KEEP)
    assert fits(flip, ((a, b),))
    assert not fits(flip, ((a, b), (a, a)))
    assert not fits(flip, ())


def test_cells_and_majority() -> None:
    g = _grid([[0, 3], [2, 0]])
    assert counted_outputs._cells(g, 0) == ((0, 1, 3), (1, 0, 2))
    assert counted_outputs._majority([g, _grid([[3, 3], [3, 1]])]) == 3


def test_lookup_table_needs_repeated_agreeing_counts() -> None:
    one, two = [[1, 0], [0, 0]], [[1, 1], [0, 0]]
    mark, marks = [[2, 0]], [[2, 2]]
    f = infer(_task([(one, mark), (two, marks), ([[0, 1], [0, 0]], mark)]))
    table = counted_outputs._table(f, "height($g) * width($g) - count_color($g, 0)")
    assert table is not None and sorted(table) == [1, 2]
    clash = infer(_task([(one, mark), (two, marks), ([[0, 1], [0, 0]], marks)]))
    assert counted_outputs._table(clash, "height($g) * width($g) - count_color($g, 0)") is None
    distinct = infer(_task([(one, mark), (two, marks)]))
    assert counted_outputs._table(distinct, "height($g) * width($g) - count_color($g, 0)") is None
