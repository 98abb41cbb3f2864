"""The recolour_rules families: the colour-and-position keys, and box recolouring on a
hand-made grid."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import recolour_rules
from evo.library.infer import infer
from evo.library.transforms import apply


def test_places_key_colour_then_diagonals_and_edges() -> None:
    keys = recolour_rules._places(freeze([[3, 0], [0, 0]]))
    assert keys[0] == (3, 1, 0, 1, 0, 1, 0)
    assert keys[1] == (0, 0, 1, 1, 0, 0, 1)


def test_box_recolour_paints_inside_a_colours_box(make_task) -> None:
    a = [[1, 1, 1, 1], [1, 8, 1, 1], [1, 1, 8, 1], [1, 1, 1, 1]]
    b = [[1, 1, 1, 1], [1, 8, 3, 1], [1, 3, 8, 1], [1, 1, 1, 1]]
    steps = recolour_rules.box_recolours(infer(make_task([(a, b)])))
    assert [s.family for s in steps] == ["box recolour"]
    assert apply(steps[0], freeze(a)).tolist() == b
