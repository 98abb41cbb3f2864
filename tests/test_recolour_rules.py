"""The recolour_rules families: training tasks they solve through the real search, the
colour-and-position keys, and box recolouring on a hand-made grid."""

from __future__ import annotations

import numpy as np
import pytest

from dsl.types import freeze
from evo.operators.exhaustive import search
from evo.operators.fitted import recolour_rules
from evo.operators.infer import infer
from evo.operators.outcome import passes, right
from evo.operators.transforms import apply
from evo.tasks import Pair, Task

SOLVED = {
    "2204b7a8": "nearest recolour",
    "32597951": "box recolour",
    "3bd67248": "position rule",
}
"""Training tasks the search solves with these families, and the family that does it."""


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


def test_places_key_colour_then_diagonals_and_edges() -> None:
    keys = recolour_rules._places(_grid([[3, 0], [0, 0]]))
    assert keys[0] == (3, 1, 0, 1, 0, 1, 0)
    assert keys[1] == (0, 0, 1, 1, 0, 0, 1)


def test_box_recolour_paints_inside_a_colours_box() -> None:
    a = [[1, 1, 1, 1], [1, 8, 1, 1], [1, 1, 8, 1], [1, 1, 1, 1]]
    b = [[1, 1, 1, 1], [1, 8, 3, 1], [1, 3, 8, 1], [1, 1, 1, 1]]
    steps = recolour_rules.box_recolours(infer(_task([(a, b)])))
    assert [s.family for s in steps] == ["box recolour"]
    assert apply(steps[0], _grid(a)).tolist() == b
