"""Rule families of evo/operators/rules3.py: inference helpers, hand-made tasks, the real search
on the training tasks they solve, and their rendered programs in the sandbox."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators.exhaustive import Found, search
from evo.operators.infer import infer
from evo.operators.rules3 import (
    FAMILIES,
    _agreed,
    _box,
    _half_squared,
    _mark_table,
    _squares,
    change,
    changed_from,
    changed_to,
    divider,
    fits,
    pair_swaps,
    shape_halos,
    touch_fills,
)
from evo.operators.transforms import apply, render
from evo.tasks import Pair, Task

SOLVED = {
    "8d510a79": "wall ray",
    "8eb1be9a": "band repeat",
    "8e5a5113": "panel turns",
    "8f2ea7aa": "mask fractal",
    "928ad970": "marker outline",
    "93b581b8": "block corners",
    "941d9a10": "diagonal panels",
    "952a094c": "frame corners",
    "95990924": "shape halo",
    "97999447": "alternating ray",
    "9af7a82c": "colour histogram",
    "99fa7670": "edge turn",
    "9edfc990": "touch fill",
    "a1570a43": "frame move",
    "a3df8b1e": "bounce",
    "a3325580": "largest columns",
    "a5f85a15": "alternate cells",
    "a61ba2ce": "corner pieces",
    "a85d4709": "mark rows",
    "af902bf9": "corner box",
    "b190f7f5": "split kron",
    "b27ca6d3": "shape halo",
    "b548a754": "box stretch",
    "b94a9452": "pair swap",
    "ba97ae07": "crossing",
    "bd4472b8": "header cycle",
    "bda2d7a6": "layer cycle",
    "bbc9ae5d": "stairs",
    "beb8660c": "bar stairs",
    "c3e719e8": "mask fractal",
    "c444b776": "panel copy",
    "c9f8e694": "header paint",
}
"""Training tasks the search solves on test with these families, and the family used."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


def _right(found: Found, task: Task) -> bool:
    """Whether a result's test outputs are all the task's test outputs."""
    guess = found.outputs[len(task.train) :]
    return all(
        p.output is not None and np.array_equal(g, p.output)
        for g, p in zip(guess, task.test, strict=True)
    )


def _first_two(found: list[Found], task: Task) -> list[Found]:
    """The results giving the first two distinct test predictions."""
    seen, picked = [], []
    for f in found:
        key = [g.tobytes() + bytes(g.shape) for g in f.outputs[len(task.train) :]]
        if key not in seen:
            seen.append(key)
            picked.append(f)
        if len(picked) == 2:
            break
    return picked


@pytest.fixture(scope="module")
def executor():
    with Executor(ExecutorConfig()) as ex:
        yield ex


def test_families_are_registered_by_name() -> None:
    names = [family.__name__ for family in FAMILIES]
    assert len(names) == len(set(names)) >= 20
    assert all(callable(family) for family in FAMILIES)


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found[0].score == 1.0
    picked = _first_two(found, task)
    assert any(_right(f, task) for f in picked)
    solving = [f for f in found if f.score == 1.0 and _right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_rendered_programs_match_in_process(training, executor) -> None:
    jobs, expected = [], []
    for task_id in ("c444b776", "b27ca6d3", "ba97ae07", "952a094c"):
        task = training[task_id]
        best = search(task)[0]
        assert SOLVED[task_id] in {step.family for step in best.path}
        jobs.append((render(best.path), task))
        expected.append(best.outputs)
    results = executor.evaluate(jobs)
    for (code, _), result, outputs in zip(jobs, results, expected, strict=True):
        assert result.status == "ok", (code, result.error)
        got = [np.array(p.output) for p in result.train + result.test]
        assert all(np.array_equal(a, b) for a, b in zip(got, outputs, strict=True)), code


def test_change_helpers_read_one_colour_pair() -> None:
    task = _task([([[0, 1], [0, 0]], [[2, 1], [2, 2]]), ([[1, 0]], [[1, 2]])], [[0, 0]])
    f = infer(task)
    assert change(f) == (0, 2)
    assert changed_from(f) == 0
    assert changed_to(f) == 2
    mixed = infer(_task([([[0, 1]], [[2, 3]])], [[0]]))
    assert change(mixed) is None
    assert changed_from(mixed) is None
    assert changed_to(mixed) is None
    grown = infer(_task([([[0]], [[0, 0]])], [[0]]))
    assert change(grown) is None


def test_divider_is_the_one_non_background_line_colour() -> None:
    grid = [[0, 0, 5, 0, 0], [0, 1, 5, 0, 0], [5, 5, 5, 5, 5], [0, 0, 5, 0, 1], [0, 0, 5, 0, 0]]
    assert divider(infer(_task([(grid, grid)], grid))) == 5
    assert divider(infer(_task([([[0, 1], [1, 0]], [[0, 1], [1, 0]])], [[0]]))) is None


def test_agreed_keeps_offsets_every_view_agrees_on() -> None:
    views = [{(0, 1): 3, (1, 0): 4, (2, 2): -1}, {(0, 1): 3, (1, 0): 5}, {(2, 2): 6}]
    assert _agreed(views) == {(0, 1): 3}


def test_squares_needs_the_grid_to_be_its_content_squared() -> None:
    grid = np.zeros((9, 9), dtype=int)
    grid[3:6, 0:3] = 1
    assert _squares(grid, 0)
    assert not _squares(np.zeros((9, 9), dtype=int), 0)
    grid[3, 4] = 1
    assert not _squares(grid, 0)


def test_box_and_half_squared_sizes() -> None:
    grid = np.zeros((5, 6), dtype=int)
    grid[1:3, 2:5] = 4
    assert _box(grid, 0) == (2, 3)
    assert _box(np.zeros((2, 2), dtype=int), 0) == (0, 0)
    assert _half_squared((3, 6)) == (9, 9)
    assert _half_squared((8, 4)) == (16, 16)


def test_mark_table_reads_position_to_colour() -> None:
    pairs = [
        ([[0, 0, 5], [0, 5, 0]], [[3, 3, 3], [4, 4, 4]]),
        ([[5, 0, 0]], [[2, 2, 2]]),
    ]
    f = infer(_task(pairs, [[0, 5, 0]]))
    assert _mark_table(f, 0) == {2: 3, 1: 4, 0: 2}
    assert _mark_table(f, 1) is None
    clash = [([[0, 5], [0, 5]], [[3, 3], [4, 4]])]
    assert _mark_table(infer(_task(clash, [[0, 5]])), 0) is None


def test_touch_fills_floods_regions_next_to_a_colour() -> None:
    pairs = [
        ([[0, 0, 3, 0], [1, 0, 3, 0], [3, 3, 3, 0]], [[1, 1, 3, 0], [1, 1, 3, 0], [3, 3, 3, 0]]),
        ([[0, 3, 0], [3, 3, 1]], [[0, 3, 1], [3, 3, 1]]),
    ]
    f = infer(_task(pairs, [[0, 0], [3, 1]]))
    found = touch_fills(f)
    assert found
    out = apply(found[0], freeze([[0, 3, 0], [0, 3, 1]]))
    assert out is not None and out.tolist() == [[0, 3, 1], [0, 3, 1]]


def test_pair_swaps_exchanges_each_grids_own_two_colours() -> None:
    pairs = [([[1, 2], [2, 2]], [[2, 1], [1, 1]]), ([[3, 3, 4]], [[4, 4, 3]])]
    f = infer(_task(pairs, [[5, 6]]))
    found = pair_swaps(f)
    assert found
    out = apply(found[0], freeze([[5, 6, 6]]))
    assert out is not None and out.tolist() == [[6, 5, 5]]


def test_shape_halos_ring_or_stamps_seen_twice() -> None:
    once = [([[0, 0, 0], [0, 2, 0], [0, 0, 0]], [[0, 3, 0], [0, 2, 0], [0, 4, 0]])]
    assert shape_halos(infer(_task(once, [[0, 2]]))) == []
    ring = [([[0, 0, 0], [0, 2, 0], [0, 0, 0]], [[3, 3, 3], [3, 2, 3], [3, 3, 3]])]
    found = shape_halos(infer(_task(ring, [[0, 2]])))
    assert found
    out = apply(found[0], freeze([[2, 0, 0], [0, 0, 0]]))
    assert out is not None and out.tolist() == [[2, 3, 0], [3, 3, 0]]
    grid = [[0, 0, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 2, 0], [0, 0, 0, 0, 0]]
    out = [[3, 3, 3, 0, 0], [3, 2, 3, 0, 0], [3, 3, 3, 3, 3], [0, 0, 3, 2, 3], [0, 0, 3, 3, 3]]
    f = infer(_task([(grid, out)], [[0, 2]]))
    found = shape_halos(f)
    assert found and all(fits(t, f) for t in found)


def test_families_add_nothing_when_train_does_not_fit() -> None:
    pairs = [([[1, 2], [3, 4]], [[4, 3], [2, 1]])]
    f = infer(_task(pairs, [[1, 2], [3, 4]]))
    assert [t for family in FAMILIES for t in family(f)] == []
