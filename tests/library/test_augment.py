"""The search under the symmetries of the square: a family written for one orientation covers
the task turned or flipped, and the wrapped programs run in the executor as they did in-process."""

from __future__ import annotations

import numpy as np
import pytest

from evo.core.config import ExecutorConfig, SearchConfig
from evo.core.jobs import JobSpec
from evo.executor import Executor
from evo.library.augment import SYMMETRIES, augmented, turned
from evo.library.search import search
from evo.library.transforms import render
from evo.operators.augment import AugmentOperator

FLIP_H = next(s for s in SYMMETRIES if s.name == "flip h")


@pytest.fixture(scope="module")
def flipped(training):
    """A training task the plain search solves, flipped so that it no longer does."""
    return turned(training["963e52fc"], FLIP_H)


def test_each_symmetry_is_undone_by_its_inverse(training) -> None:
    task = training["3af2c5a8"]
    for symmetry in SYMMETRIES:
        undo = next(u for u in SYMMETRIES if u.forward == symmetry.inverse)
        moved = turned(task, symmetry)
        assert any(
            a.input.shape != b.input.shape or not np.array_equal(a.input, b.input)
            for a, b in zip(moved.train, task.train, strict=True)
        )
        back = turned(moved, undo)
        for a, b in zip(back.train, task.train, strict=True):
            assert np.array_equal(a.input, b.input) and np.array_equal(a.output, b.output)


def test_a_flipped_task_is_solved_only_under_the_flip(flipped) -> None:
    plain = search(flipped, 20_000)
    assert plain[0].score < 1.0
    found = augmented(flipped, 70_000, 8, 20, 0.7)
    assert found[0].score == 1.0
    assert found[0].path[0].family == "augment" and found[0].path[-1].family == "augment"
    for out, pair in zip(found[0].outputs[len(flipped.train) :], flipped.test, strict=True):
        assert np.array_equal(out, pair.output)


def test_rendered_programs_solve_the_task_in_the_executor(flipped) -> None:
    job = JobSpec(0, flipped, "sample", (), 3, 0)
    [candidates] = AugmentOperator(SearchConfig(augment_budget=70_000)).propose([job])
    assert 0 < len(candidates) <= 3
    codes = [c.code for c in candidates if c.code]
    with Executor(ExecutorConfig()) as executor:
        results = executor.evaluate([(code, flipped) for code in codes])
    assert results[0].solved
    assert all(r.status == "ok" for r in results)
    expected = flipped.test[0].output
    assert np.array_equal(np.asarray(results[0].test[0].output), expected)


def test_results_are_distinct_and_ranked(training) -> None:
    found = augmented(training["3c9b0459"], 7_000, 4, 20, 0.7)
    keys = [tuple(o.tobytes() for o in f.outputs) for f in found]
    assert len(keys) == len(set(keys))
    scores = [f.score for f in found]
    assert scores == sorted(scores, reverse=True)
    assert render(found[0].path).startswith("def transform(grid):")
