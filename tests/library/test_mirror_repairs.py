"""The mirror_repairs helpers on hand-made grids: the off-centre axis and its pads."""

from __future__ import annotations

from dsl.types import freeze
from evo.library.fitted import mirror_repairs


def test_axis_and_pads_find_an_off_centre_mirror() -> None:
    rows = [[1, 1], [3, 3], [5, 5], [3, 3], [1, 1]]
    low, high = freeze(rows + [[9, 9]]), freeze([[9, 9]] + rows)
    assert mirror_repairs._axis(low, 9) == 4
    assert mirror_repairs._axis(high, 9) == 6
    assert mirror_repairs._axis(freeze([[1], [2], [3], [4]]), 9) is None
    assert mirror_repairs._pads([(low, low)], 9) == (1, 0, 0, 0)
    assert mirror_repairs._pads([(high, high)], 9) == (0, 1, 0, 0)
    assert mirror_repairs._pads([(low, low), (high, high)], 9) is None
