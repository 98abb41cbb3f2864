"""Rule families of evo/operators/drawn_lines.py: the real search on the training tasks they
solve, and nothing added where train does not fit."""

from __future__ import annotations

import pytest

from dsl.types import freeze
from evo.operators import families
from evo.operators.exhaustive import search
from evo.operators.fitted import drawn_lines
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.tasks import Pair, Task

FAMILIES = (
    drawn_lines.alternating_rays,
    drawn_lines.wall_rays,
    drawn_lines.box_stretches,
    drawn_lines.marker_outlines,
    drawn_lines.bounces,
    drawn_lines.edge_turns,
)
"""The module's families, in their order in the library."""

SOLVED = {
    "8d510a79": "wall ray",
    "928ad970": "marker outline",
    "97999447": "alternating ray",
    "99fa7670": "edge turn",
    "a3df8b1e": "bounce",
    "b548a754": "box stretch",
}
"""Training tasks the search solves on test with these families, and the family used."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


def test_families_are_registered_by_name() -> None:
    names = [family.__name__ for family in FAMILIES]
    assert len(names) == len(set(names)) == 6
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


def test_families_add_nothing_when_train_does_not_fit() -> None:
    pairs = [([[1, 2], [3, 4]], [[4, 3], [2, 1]])]
    f = infer(_task(pairs, [[1, 2], [3, 4]]))
    assert [t for family in FAMILIES for t in family(f)] == []
