"""The line_rules families on hand-made grids: hitting lines and blocked joins."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import line_rules
from evo.library.infer import infer
from evo.library.transforms import apply


def test_hitting_lines_only_reach_a_target(make_task) -> None:
    a = [[0, 0, 0, 0, 0], [4, 0, 0, 2, 2], [0, 0, 0, 0, 0], [0, 4, 0, 0, 0]]
    b = [[0, 0, 0, 0, 0], [4, 4, 4, 2, 2], [0, 0, 0, 0, 0], [0, 4, 0, 0, 0]]
    steps = line_rules.hitting_lines(infer(make_task([(a, b)])))
    assert steps and all(apply(s, freeze(a)).tolist() == b for s in steps)


def test_blocked_joins_stop_at_other_colours(make_task) -> None:
    a = [[2, 0, 2, 0, 3, 0, 2], [0, 0, 0, 0, 0, 0, 0]]
    b = [[2, 2, 2, 0, 3, 0, 2], [0, 0, 0, 0, 0, 0, 0]]
    steps = line_rules.blocked_joins(infer(make_task([(a, b)])))
    assert len(steps) == 1
    assert apply(steps[0], freeze([[4, 0, 0, 4, 1, 4]])).tolist() == [[4, 4, 4, 4, 1, 4]]
