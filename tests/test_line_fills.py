"""Background painted along lines by evo/operators/line_fills.py: smears, bridges, corner joins,
midpoint stamps, lines through foreground."""

from __future__ import annotations

import pytest

from dsl.types import freeze
from evo.operators.exhaustive import search
from evo.operators.fitted.line_fills import _grows, smears
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply
from evo.tasks import Pair, Task

SOLVED = {
    "d13f3404": "smear",
    "d4a91cb9": "corner join",
    "e9614598": "midpoint stamp",
    "ea786f4a": "smear",
    "f5b8619d": "line through",
}
"""Training tasks the search solves with these families, with the family a solving path uses."""


def _task(pairs: list[tuple[list[list[int]], list[list[int]]]], test: list[list[int]]) -> Task:
    train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
    return Task("hand", train, (Pair(freeze(test), None),))


@pytest.mark.parametrize("task_id", sorted(SOLVED))
def test_solves_training_tasks(training, task_id: str) -> None:
    task = training[task_id]
    found = search(task)
    assert found[0].score == 1.0
    assert passes(found, task)
    solving = [f for f in found if f.score == 1.0 and right(f, task)]
    assert any(SOLVED[task_id] in {step.family for step in f.path} for f in solving)


def test_grows_only_over_the_commonest_colour() -> None:
    a = freeze([[1, 0], [0, 0]])
    assert _grows(a, freeze([[1, 1], [0, 1]]))
    assert not _grows(a, freeze([[2, 0], [0, 0]]))
    assert _grows(a, freeze([[1, 0, 0], [0, 1, 0]]))


def test_smear_paints_behind_diagonal() -> None:
    task = _task(
        [
            ([[1, 0, 0], [0, 0, 0], [0, 0, 0]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
            ([[0, 2, 0], [3, 0, 0], [0, 0, 0]], [[0, 2, 0], [3, 0, 2], [0, 3, 0]]),
        ],
        [[0, 0, 0], [0, 4, 0], [0, 0, 0]],
    )
    [t, *_] = smears(infer(task))
    assert apply(t, task.test[0].input).tolist() == [[0, 0, 0], [0, 4, 0], [0, 0, 4]]
