"""The resized_outputs families: the renumbering of scaled strokes."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import resized_outputs
from evo.library.transforms import KEEP, Transform, apply


def test_after_renumbers_the_lines() -> None:
    t = Transform("t", ("mirror($g, 'h')", "hconcat($0, $g)"), KEEP)
    step = resized_outputs._after("tile($g, 1, 2)", t, ("scale", 1, 4))
    assert step.lines == ("tile($g, 1, 2)", "mirror($0, 'h')", "hconcat($1, $0)")
    assert step.family == "scaled stroke"
    assert apply(step, freeze([[1, 2]])).tolist() == [[2, 1, 2, 1, 1, 2, 1, 2]]
