"""The placements families on hand-made grids: magnets and full lines."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import placements
from evo.library.infer import infer
from evo.library.transforms import apply


def test_magnets_queue_up_against_the_block(make_task) -> None:
    a = [[3, 0, 3, 0, 5], [0, 0, 0, 0, 5]]
    b = [[0, 0, 3, 3, 5], [0, 0, 0, 0, 5]]
    steps = placements.magnets(infer(make_task([(a, b)])))
    assert len(steps) == 1
    assert apply(steps[0], freeze([[0, 3, 0, 0, 3, 5]])).tolist() == [[0, 0, 0, 3, 3, 5]]


def test_full_lines() -> None:
    a = freeze([[5, 5, 5], [0, 5, 1], [0, 5, 0]])
    assert placements._full_lines([(a, a)]) == {5}
    assert placements._full_lines([(a, a), (freeze([[1, 2], [3, 4]]), a)]) == set()
