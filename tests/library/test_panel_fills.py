"""Rule families of evo/operators/fitted/panel_fills.py: the divider colour."""

from __future__ import annotations

from evo.library.fitted import panel_fills
from evo.library.infer import infer


def test_divider_is_the_one_non_background_line_colour(make_task) -> None:
    grid = [[0, 0, 5, 0, 0], [0, 1, 5, 0, 0], [5, 5, 5, 5, 5], [0, 0, 5, 0, 1], [0, 0, 5, 0, 0]]
    assert panel_fills.divider(infer(make_task([(grid, grid)], grid))) == 5
    assert (
        panel_fills.divider(infer(make_task([([[0, 1], [1, 0]], [[0, 1], [1, 0]])], [[0]]))) is None
    )
