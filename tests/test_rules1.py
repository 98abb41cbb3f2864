"""The rules1 families: training tasks they solve through the real search, their transforms
run the same in the sandbox, and their inference helpers on hand-made grids."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators import rules1
from evo.operators.exhaustive import Found, search
from evo.operators.infer import infer
from evo.operators.transforms import KEEP, Transform, apply, render
from evo.tasks import Pair, Task

SOLVED = {
    "06df4c85": "blocked join",
    "10fcaaa3": "scaled stroke",
    "11852cab": "box symmetry",
    "137eaa0f": "window overlay",
    "1a07d186": "attachment",
    "1caeab9d": "align",
    "1e32b0e9": "panel template",
    "1f642eb9": "projection",
    "2204b7a8": "nearest recolour",
    "2281f1f4": "edge crossing",
    "23581191": "cross point",
    "25d487eb": "marker ray",
    "272f95fa": "panel paint",
    "29623171": "fullest panel",
    "2bee17df": "line fill",
    "2c608aff": "hitting line",
    "321b1fc6": "shape stamp",
    "32597951": "box recolour",
    "3345333e": "mirror completion",
    "3631a71a": "offset symmetry",
    "363442ee": "marker stamp",
    "3bd67248": "position rule",
    "3de23699": "marked crop",
    "3f7978a0": "margin crop",
    "4093f84a": "magnet",
    "41e4d17e": "cross line",
    "88a10436": "marker stamp",
    "c1d99e64": "line fill",
}
"""Training tasks the search solves with the rules1 families, with the family that does it."""


def _guesses(found: list[Found], task: Task, attempts: int = 2) -> list[Found]:
    """The results giving the first `attempts` distinct test predictions."""
    n, seen, picked = len(task.train), [], []
    for f in found:
        key = [g.tobytes() + bytes(g.shape) for g in f.outputs[n:]]
        if key not in seen:
            seen.append(key)
            picked.append(f)
        if len(picked) == attempts:
            break
    return picked


def _right(found: Found, task: Task) -> bool:
    """Whether every test prediction of the result equals its test output."""
    guess = found.outputs[len(task.train) :]
    return all(
        p.output is not None and g.shape == p.output.shape and bool((g == p.output).all())
        for g, p in zip(guess, task.test, strict=True)
    )


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
    assert any(_right(f, task) for f in _guesses(found, task))
    solving = [f for f in found if f.score == 1.0 and _right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_transforms_run_the_same_in_the_sandbox(training) -> None:
    jobs, expected = [], []
    for task_id in ("29623171", "1a07d186", "10fcaaa3", "06df4c85", "137eaa0f", "3345333e"):
        task = training[task_id]
        facts = infer(task)
        steps = [t for family in rules1.FAMILIES for t in family(facts)]
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


def test_fits_needs_every_pair_exact() -> None:
    a, b = _grid([[1, 0], [0, 0]]), _grid([[0, 1], [0, 0]])
    flip = Transform("t", ("mirror($g, 'h')",), KEEP)
    assert rules1._fits(flip, [(a, b)])
    assert not rules1._fits(flip, [(a, b), (a, a)])
    assert not rules1._fits(flip, [])


def test_changes_and_rarest() -> None:
    a, b = _grid([[0, 1], [1, 2]]), _grid([[3, 1], [1, 3]])
    assert list(rules1._changes([(a, b)])) == [(0, 3), (2, 3)]
    assert rules1._rarest(a) == 0
    assert rules1._rarest(_grid([[5, 5, 4]])) == 4


def test_axis_and_pads_find_an_off_centre_mirror() -> None:
    rows = [[1, 1], [3, 3], [5, 5], [3, 3], [1, 1]]
    low, high = _grid(rows + [[9, 9]]), _grid([[9, 9]] + rows)
    assert rules1._axis(low, 9) == 4
    assert rules1._axis(high, 9) == 6
    assert rules1._axis(_grid([[1], [2], [3], [4]]), 9) is None
    assert rules1._pads([(low, low)], 9) == (1, 0, 0, 0)
    assert rules1._pads([(high, high)], 9) == (0, 1, 0, 0)
    assert rules1._pads([(low, low), (high, high)], 9) is None


def test_dividers_and_bands() -> None:
    grid = _grid([[0, 5, 0], [5, 5, 5], [0, 5, 0]])
    assert rules1._dividers(grid) == 5
    assert rules1._dividers(_grid([[0, 1], [1, 1]])) == 1
    assert rules1._dividers(_grid([[0, 1], [2, 3]])) is None
    assert rules1._bands(np.array([0, 1, 0, 0, 1, 0])).tolist() == [0, 0, 1, 1, 1, 2]


def test_box_recolour_paints_inside_a_colours_box() -> None:
    a = [[1, 1, 1, 1], [1, 8, 1, 1], [1, 1, 8, 1], [1, 1, 1, 1]]
    b = [[1, 1, 1, 1], [1, 8, 3, 1], [1, 3, 8, 1], [1, 1, 1, 1]]
    steps = rules1.box_recolours(infer(_task([(a, b)])))
    assert [s.family for s in steps] == ["box recolour"]
    assert apply(steps[0], _grid(a)).tolist() == b


def test_hitting_lines_only_reach_a_target() -> None:
    a = [[0, 0, 0, 0, 0], [4, 0, 0, 2, 2], [0, 0, 0, 0, 0], [0, 4, 0, 0, 0]]
    b = [[0, 0, 0, 0, 0], [4, 4, 4, 2, 2], [0, 0, 0, 0, 0], [0, 4, 0, 0, 0]]
    steps = rules1.hitting_lines(infer(_task([(a, b)])))
    assert steps and all(apply(s, _grid(a)).tolist() == b for s in steps)


def test_magnets_queue_up_against_the_block() -> None:
    a = [[3, 0, 3, 0, 5], [0, 0, 0, 0, 5]]
    b = [[0, 0, 3, 3, 5], [0, 0, 0, 0, 5]]
    steps = rules1.magnets(infer(_task([(a, b)])))
    assert len(steps) == 1
    assert apply(steps[0], _grid([[0, 3, 0, 0, 3, 5]])).tolist() == [[0, 0, 0, 3, 3, 5]]


def test_full_lines_and_places() -> None:
    a = _grid([[5, 5, 5], [0, 5, 1], [0, 5, 0]])
    assert rules1._full_lines([(a, a)]) == {5}
    assert rules1._full_lines([(a, a), (_grid([[1, 2], [3, 4]]), a)]) == set()
    keys = rules1._places(_grid([[3, 0], [0, 0]]))
    assert keys[0] == (3, 1, 0, 1, 0, 1, 0)
    assert keys[1] == (0, 0, 1, 1, 0, 0, 1)


def test_after_renumbers_the_lines() -> None:
    t = Transform("t", ("mirror($g, 'h')", "hconcat($0, $g)"), KEEP)
    step = rules1._after("tile($g, 1, 2)", t, ("scale", 1, 4))
    assert step.lines == ("tile($g, 1, 2)", "mirror($0, 'h')", "hconcat($1, $0)")
    assert step.family == "scaled stroke"
    assert apply(step, _grid([[1, 2]])).tolist() == [[2, 1, 2, 1, 1, 2, 1, 2]]


def test_blocked_joins_stop_at_other_colours() -> None:
    a = [[2, 0, 2, 0, 3, 0, 2], [0, 0, 0, 0, 0, 0, 0]]
    b = [[2, 2, 2, 0, 3, 0, 2], [0, 0, 0, 0, 0, 0, 0]]
    steps = rules1.blocked_joins(infer(_task([(a, b)])))
    assert len(steps) == 1
    assert apply(steps[0], _grid([[4, 0, 0, 4, 1, 4]])).tolist() == [[4, 4, 4, 4, 1, 4]]
