"""Rule families of evo/operators/fitted/grid_builders.py: content boxes and squared sizes."""

from __future__ import annotations

import numpy as np

from evo.library.fitted.grid_builders import _half_squared, _squares, content_box


def test_squares_needs_the_grid_to_be_its_content_squared() -> None:
    grid = np.zeros((9, 9), dtype=int)
    grid[3:6, 0:3] = 1
    assert _squares(grid, 0)
    assert not _squares(np.zeros((9, 9), dtype=int), 0)
    grid[3, 4] = 1
    assert not _squares(grid, 0)


def test_box_and_half_squared_sizes() -> None:
    grid = np.zeros((5, 6), dtype=int)
    grid[1:3, 2:5] = 4
    assert content_box(grid, 0) == (2, 3)
    assert content_box(np.zeros((2, 2), dtype=int), 0) == (0, 0)
    assert _half_squared((3, 6)) == (9, 9)
    assert _half_squared((8, 4)) == (16, 16)
