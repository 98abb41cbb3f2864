"""Deepening near misses: steps fitted to what a parent gets wrong, spliced onto its program."""

from __future__ import annotations

from dataclasses import asdict

import numpy as np
import pytest

from evo.core.config import ExecutorConfig, SearchConfig
from evo.core.jobs import JobSpec, Parent
from evo.executor import Executor
from evo.library.deepen import deepened, extend, near_misses
from evo.library.search import Found, Search, change_score, search
from evo.library.transforms import KEEP, Transform
from evo.operators.deepen import DeepenOperator
from evo.operators.exhaustive import picks

ROTATE = "def transform(grid):\n    x1 = rotate(grid, 1)\n    return x1\n"
GRIDS = (
    [[1, 0, 3, 0], [0, 1, 0, 0], [3, 3, 0, 1]],
    [[0, 0, 1, 1], [3, 0, 0, 1], [0, 1, 0, 0]],
    [[1, 3, 0, 0], [0, 0, 0, 3], [1, 1, 0, 0]],
)


@pytest.fixture(scope="module")
def task(make_task):
    """Turn a quarter, then paint colour 1 as 2: a rotation gets the shape and part of it."""

    def target(rows):
        turned = np.rot90(np.array(rows), -1)
        return np.where(turned == 1, 2, turned).tolist()

    return make_task([(g, target(g)) for g in GRIDS[:2]], GRIDS[2])


@pytest.fixture(scope="module")
def executor():
    with Executor(ExecutorConfig()) as ex:
        yield ex


def test_extend_applies_steps_to_what_the_program_returns() -> None:
    step = Transform("t", ("mirror($g, 'h')", "replace($0, 1, 2)"), KEEP)
    code = extend(ROTATE, (step,))
    assert code is not None
    lines = code.splitlines()
    assert lines[1:] == [
        "    x1 = rotate(grid, 1)",
        "    d1 = x1",
        "    d2 = mirror(d1, 'h')",
        "    d3 = replace(d2, 1, 2)",
        "    return d3",
    ]


def test_extend_leaves_programs_without_one_final_return() -> None:
    step = Transform("t", ("rotate($g, 2)",), KEEP)
    branching = "def transform(grid):\n    if grid[0, 0]:\n        return grid\n    return grid\n"
    assert extend(branching, (step,)) is None
    assert extend("def other(grid):\n    return grid\n", (step,)) is None
    assert extend("def transform(grid:\n", (step,)) is None


def test_extend_picks_names_the_program_does_not_use() -> None:
    code = extend("def transform(grid):\n    d1 = grid\n    return d1\n", ())
    assert code is not None and "d2 = d1" in code


def test_near_misses_rank_by_change_and_skip_identity_and_exact(task) -> None:
    found = Search(task, 4000, 50).execute()
    inputs = tuple(p.input for p in task.train + task.test)
    identity = Found(0.9, (), inputs)
    picked = near_misses([identity, *found], task, 3)
    assert picked and all(f is not identity for f in picked)
    assert all(f.score < 1.0 for f in picked)
    shapes = [p.output.shape for p in task.train]
    assert all([o.shape for o in f.outputs[:2]] == shapes for f in picked)
    changes = [change_score(f.outputs, task) for f in picked]
    assert changes == sorted(changes, reverse=True) and changes[-1] > 0


def test_a_deepened_rotation_solves_the_task(task) -> None:
    rotation = Transform("geometry", ("rotate($g, 1)",), ("swap", 1, 1))
    outputs = tuple(np.rot90(p.input, -1) for p in task.train + task.test)
    parent = Found(0.5, (rotation,), outputs)
    children = deepened(parent, task, 2000, 4)
    assert children and children[0].score == 1.0
    assert children[0].path[0] == rotation and len(children[0].path) > 1


def test_the_operator_extends_a_stored_parent_into_a_solution(task, executor) -> None:
    [result] = executor.evaluate([(ROTATE, task)])
    assert result.status == "ok" and not result.solved
    train = tuple(asdict(p) for p in result.train)
    parent = Parent(1, ROTATE, result.fitness, result.status, None, train)
    job = JobSpec(0, task, "refine", (parent,), 4, 0)
    [candidates] = DeepenOperator(SearchConfig(deepen_budget=2000)).propose([job])
    codes = [c.code for c in candidates if c.code]
    assert codes and all(code.startswith(ROTATE.splitlines()[0]) for code in codes)
    results = executor.evaluate([(code, task) for code in codes])
    assert results[0].solved


def test_the_operator_skips_a_parent_that_failed_on_a_pair(task) -> None:
    train = ({"status": "error", "output": None}, {"status": "ok", "output": GRIDS[1]})
    parent = Parent(1, ROTATE, 0.3, "error", "boom", train)
    job = JobSpec(0, task, "refine", (parent,), 4, 0)
    assert DeepenOperator(SearchConfig(deepen_budget=2000)).propose([job]) == [[]]


def test_the_exhaustive_operator_keeps_near_misses_beside_the_most_accurate(training) -> None:
    task = training["0a938d79"]
    found = search(task, 20_000)
    assert found[0].score < 1.0
    chosen = picks(found, task, 8)
    assert len(chosen) == 8 and chosen[0] is found[0]
    assert len({id(f) for f in chosen}) == 8
    misses = near_misses(found, task, 8)
    assert any(f is misses[0] for f in chosen)
    assert all(f is not misses[0] for f in found[:8])
    assert sum(any(f is m for m in misses) for f in chosen) >= 4


def test_picks_put_every_exact_result_first(make_task) -> None:
    task = make_task([([[1, 2]], [[2, 1]]), ([[3, 4], [5, 6]], [[4, 3], [6, 5]])])
    found = search(task, 3000)
    chosen = picks(found, task, 5)
    exact = [f for f in found if f.score == 1.0]
    assert exact and all(c is e for c, e in zip(chosen, exact[:5], strict=False))
