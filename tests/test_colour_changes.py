"""Rule families of evo/operators/colour_changes.py: the colour-change helpers and mark
tables, hand-made tasks, the real search on the training tasks they solve, and rendered
programs in the sandbox."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.executor import Executor, ExecutorConfig
from evo.operators import families
from evo.operators.exhaustive import search
from evo.operators.fitted import colour_changes
from evo.operators.fitted.colour_changes import _mark_table, change, changed_from, changed_to
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply, render
from evo.tasks import Pair, Task

FAMILIES = (
    colour_changes.touch_fills,
    colour_changes.header_paints,
    colour_changes.pair_swaps,
    colour_changes.layer_cycles,
    colour_changes.mark_rows,
    colour_changes.alternate_cells,
    colour_changes.corner_boxes,
    colour_changes.crossings,
)
"""The module's families, in their order in the library."""

SOLVED = {
    "9edfc990": "touch fill",
    "a5f85a15": "alternate cells",
    "a85d4709": "mark rows",
    "af902bf9": "corner box",
    "b94a9452": "pair swap",
    "ba97ae07": "crossing",
    "bda2d7a6": "layer cycle",
    "c9f8e694": "header paint",
}
"""Training tasks the search solves on test with these families, and the family used."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


@pytest.fixture(scope="module")
def executor():
    with Executor(ExecutorConfig()) as ex:
        yield ex


def test_families_are_registered_by_name() -> None:
    names = [family.__name__ for family in FAMILIES]
    assert len(names) == len(set(names)) == 8
    assert all(callable(family) for family in FAMILIES)
    assert set(names) <= {family.__name__ for family in families.FAMILIES}


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found[0].score == 1.0
    assert passes(found, task)
    solving = [f for f in found if f.score == 1.0 and right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_rendered_programs_match_in_process(training, executor) -> None:
    jobs, expected = [], []
    for task_id in ("ba97ae07",):
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
    found = colour_changes.touch_fills(f)
    assert found
    out = apply(found[0], freeze([[0, 3, 0], [0, 3, 1]]))
    assert out is not None and out.tolist() == [[0, 3, 1], [0, 3, 1]]


def test_pair_swaps_exchanges_each_grids_own_two_colours() -> None:
    pairs = [([[1, 2], [2, 2]], [[2, 1], [1, 1]]), ([[3, 3, 4]], [[4, 4, 3]])]
    f = infer(_task(pairs, [[5, 6]]))
    found = colour_changes.pair_swaps(f)
    assert found
    out = apply(found[0], freeze([[5, 6, 6]]))
    assert out is not None and out.tolist() == [[6, 5, 5]]


def test_families_add_nothing_when_train_does_not_fit() -> None:
    pairs = [([[1, 2], [3, 4]], [[4, 3], [2, 1]])]
    f = infer(_task(pairs, [[1, 2], [3, 4]]))
    assert [t for family in FAMILIES for t in family(f)] == []
