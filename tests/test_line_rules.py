"""The line_rules families: training tasks they solve through the real search, their
transforms run the same in the sandbox, and hitting and blocked lines on hand-made grids."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import search
from evo.operators.fitted import line_rules
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply, render
from evo.tasks import Pair, Task

SOLVED = {
    "06df4c85": "blocked join",
    "1f642eb9": "projection",
    "2281f1f4": "edge crossing",
    "23581191": "cross point",
    "25d487eb": "marker ray",
    "2bee17df": "line fill",
    "2c608aff": "hitting line",
    "41e4d17e": "cross line",
    "c1d99e64": "line fill",
}
"""Training tasks the search solves with these families, and the family that does it."""

FAMILIES = (
    line_rules.hitting_lines,
    line_rules.line_fills,
    line_rules.cross_lines,
    line_rules.projections,
    line_rules.crossings,
    line_rules.marker_rays,
    line_rules.edge_crossings,
    line_rules.blocked_joins,
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
    for task_id in ("06df4c85",):
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


def test_hitting_lines_only_reach_a_target() -> None:
    a = [[0, 0, 0, 0, 0], [4, 0, 0, 2, 2], [0, 0, 0, 0, 0], [0, 4, 0, 0, 0]]
    b = [[0, 0, 0, 0, 0], [4, 4, 4, 2, 2], [0, 0, 0, 0, 0], [0, 4, 0, 0, 0]]
    steps = line_rules.hitting_lines(infer(_task([(a, b)])))
    assert steps and all(apply(s, _grid(a)).tolist() == b for s in steps)


def test_blocked_joins_stop_at_other_colours() -> None:
    a = [[2, 0, 2, 0, 3, 0, 2], [0, 0, 0, 0, 0, 0, 0]]
    b = [[2, 2, 2, 0, 3, 0, 2], [0, 0, 0, 0, 0, 0, 0]]
    steps = line_rules.blocked_joins(infer(_task([(a, b)])))
    assert len(steps) == 1
    assert apply(steps[0], _grid([[4, 0, 0, 4, 1, 4]])).tolist() == [[4, 4, 4, 4, 1, 4]]
