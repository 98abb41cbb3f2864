"""The in-place paint families: the property colours helper on hand-made grids."""

from __future__ import annotations

from evo.library.fitted import in_place_paints
from evo.library.infer import infer


def test_property_colours_split_regions(make_task) -> None:
    ring = [[0] * 5, [0, 5, 5, 5, 0], [0, 5, 0, 5, 0], [0, 5, 5, 5, 0], [0] * 5]
    filled = [[0] * 5, [0, 5, 5, 5, 0], [0, 5, 4, 5, 0], [0, 5, 5, 5, 0], [0] * 5]
    f = infer(make_task([(ring, filled)]))
    border, box = (test for test, _ in in_place_paints.PROPERTIES)
    assert in_place_paints._property_colours(f, 0, border) == (0, 4)
    assert in_place_paints._property_colours(f, 0, box) == (4, 0)
    two = [[0, 0, 0, 0, 0, 0, 0], [0, 5, 5, 5, 5, 5, 0], [0, 5, 0, 5, 0, 5, 0]]
    two += [[0, 5, 5, 5, 5, 5, 0], [0] * 7]
    one_filled = [row[:] for row in two]
    one_filled[2][2] = 4
    assert (
        in_place_paints._property_colours(infer(make_task([(two, one_filled)])), 0, border) is None
    )
