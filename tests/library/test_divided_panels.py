"""The divided_panels helpers on hand-made grids: divider colours and bands."""

from __future__ import annotations

import numpy as np

from dsl.types import freeze
from evo.library.fitted import divided_panels


def test_dividers_and_bands() -> None:
    grid = freeze([[0, 5, 0], [5, 5, 5], [0, 5, 0]])
    assert divided_panels._dividers(grid) == 5
    assert divided_panels._dividers(freeze([[0, 1], [1, 1]])) == 1
    assert divided_panels._dividers(freeze([[0, 1], [2, 3]])) is None
    assert divided_panels._bands(np.array([0, 1, 0, 0, 1, 0])).tolist() == [0, 0, 1, 1, 1, 2]
