"""The exhaustive layer: transforms, parameter inference, search, and rendered programs."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.core.config import ExecutorConfig, SearchConfig
from evo.core.jobs import JobSpec
from evo.executor import Executor
from evo.library.families import library
from evo.library.infer import colour_map, infer
from evo.library.search import Search, search
from evo.library.transforms import apply, render
from evo.operators.exhaustive import ExhaustiveOperator

SOLVED = {
    "3c9b0459": "geometry",
    "1e0a9b12": "gravity",
    "3af2c5a8": "mirror join",
    "0b148d64": "colour box",
    "0520fde7": "panel logic",
    "2013d3e2": "quadrant",
    "08ed6ac7": "object recolour",
    "c0f76784": "object recolour",
    "178fcbfb": "ray",
    "ded97339": "join",
    "0ca9ddb6": "stamp",
    "746b3537": "dedupe",
    "7b7f7511": "tile crop",
    "05f2a901": "move",
    "d631b094": "count",
    "7f4411dc": "denoise",
    "868de0fa": "object recolour",
    "9ecd008a": "patch",
    "963e52fc": "extend",
    "b6afb2da": "local rule",
    "bdad9b1f": "local rule",
    "780d0b14": "panel colours",
    "e3497940": "panel fold",
    "bc1d5164": "corner overlay",
    "72ca375d": "object",
    "007bbfb7": "fractal",
}
"""Training tasks the search solves, with a family the solving path uses."""

INFERRED = {
    "local rule",
    "object recolour",
    "ray",
    "join",
    "stamp",
    "dedupe",
    "tile crop",
    "move",
    "denoise",
}
"""Families whose transforms are read off the train pairs or index grids directly."""


@pytest.fixture(scope="module")
def executor():
    with Executor(ExecutorConfig()) as ex:
        yield ex


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    best = search(task)[0]
    assert best.score == 1.0
    assert SOLVED[task_id] in {step.family for step in best.path}
    for out, pair in zip(best.outputs[len(task.train) :], task.test, strict=True):
        assert np.array_equal(out, pair.output)


def test_rendered_programs_match_in_process(training, executor) -> None:
    jobs, expected = [], []
    for task_id in (
        "2013d3e2",
        "0520fde7",
        "1e0a9b12",
        "0d3d703e",
        "08ed6ac7",
        "56ff96f3",
        "9ecd008a",
        "963e52fc",
        "780d0b14",
        "bdad9b1f",
        "bc1d5164",
    ):
        task = training[task_id]
        for found in search(task)[:3]:
            jobs.append((render(found.path), task))
            expected.append(found.outputs)
    results = executor.evaluate(jobs)
    for (code, _), result, outputs in zip(jobs, results, expected, strict=True):
        assert result.status == "ok", (code, result.error)
        got = [np.array(p.output) for p in result.train + result.test]
        assert all(np.array_equal(a, b) for a, b in zip(got, outputs, strict=True)), code


def test_every_transform_renders_as_its_application(training, executor) -> None:
    task = training["0b148d64"]
    grid = task.train[0].input
    steps = library(infer(task))
    jobs = [(render((step,)), task) for step in steps]
    for step, result in zip(steps, executor.evaluate(jobs), strict=True):
        mine = apply(step, grid)
        first = result.train[0]
        if mine is None:
            assert first.status != "ok", step.lines
        else:
            assert first.status == "ok" and np.array_equal(np.array(first.output), mine), step


@pytest.mark.parametrize(
    "task_id",
    [
        "178fcbfb",
        "1f876c06",
        "d364b489",
        "bb43febb",
        "746b3537",
        "05f2a901",
        "868de0fa",
        "b6afb2da",
    ],
)
def test_inferred_families_render_as_run(training, executor, task_id: str) -> None:
    task = training[task_id]
    steps = [s for s in library(infer(task)) if s.family in INFERRED]
    assert steps
    results = executor.evaluate([(render((step,)), task) for step in steps])
    for step, result in zip(steps, results, strict=True):
        for pair, got in zip(task.train + task.test, result.train + result.test, strict=True):
            mine = apply(step, pair.input)
            assert (mine is None) == (got.status != "ok"), (step.lines, got.error)
            assert mine is None or np.array_equal(np.array(got.output), mine), step.lines


def test_infers_colour_map(make_task) -> None:
    task = make_task(
        [([[1, 2], [3, 1]], [[5, 6], [3, 5]]), ([[2, 2], [1, 3]], [[6, 6], [5, 3]])],
        [[3, 2], [1, 1]],
    )
    assert colour_map([p.input for p in task.train], [p.output for p in task.train]) == {
        1: 5,
        2: 6,
    }
    best = search(task)[0]
    assert best.score == 1.0 and "map_colors(grid, {1: 5, 2: 6})" in render(best.path)
    assert np.array_equal(best.outputs[-1], [[3, 6], [5, 5]])


def test_infers_scale_factor(make_task) -> None:
    pairs = [(g, np.kron(g, np.ones((3, 3), dtype=int)).tolist()) for g in ([[1, 0]], [[0, 2]])]
    task = make_task(pairs, [[4, 4]])
    facts = infer(task)
    assert facts.scale == (3, 3) and facts.shrink is None and facts.background == 0
    best = search(task)[0]
    assert best.score == 1.0 and "upscale(grid, 3)" in render(best.path)


def test_no_colour_map_when_inconsistent() -> None:
    a, b = freeze([[1, 1]]), freeze([[2, 3]])
    assert colour_map([a], [b]) is None
    assert colour_map([a], [a]) is None


def test_search_is_deterministic(training) -> None:
    task = training["2dc579da"]
    first = [render(f.path) for f in search(task, budget=3000)]
    second = [render(f.path) for f in search(task, budget=3000)]
    assert first == second and len(first) > 10


@pytest.mark.parametrize("budget", [1, 50, 700])
def test_search_respects_its_budget(training, budget: int) -> None:
    state = Search(training["39a8645d"], budget, want=8)
    state.execute()
    assert state.used <= budget


def test_operator_proposes_distinct_programs(training) -> None:
    task = training["3c9b0459"]
    job = JobSpec(0, task, "sample", (), 5, 0)
    [candidates] = ExhaustiveOperator(SearchConfig(exhaustive_budget=4000)).propose([job])
    codes = [c.code for c in candidates]
    assert len(codes) == 5 and len(set(codes)) == 5
    assert all(code and code.startswith("def transform(grid):") for code in codes)


def test_a_failing_family_contributes_nothing(training, monkeypatch) -> None:
    import evo.library.families as families

    facts = infer(training["0d3d703e"])
    before = library(facts)

    def broken(f):
        raise IndexError("inference failed on an unusual task")

    monkeypatch.setattr(families, "FAMILIES", (broken, *families.FAMILIES))
    assert library(facts) == before
