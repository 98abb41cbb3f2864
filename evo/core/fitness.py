"""Pixel accuracy and fitness: the one definition the executor, the library and reports use."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt


def pixel_accuracy(output: npt.ArrayLike, expected: npt.ArrayLike) -> float:
    """Fraction of cells equal in both grids; 0.0 when their shapes differ."""
    got, want = np.asarray(output), np.asarray(expected)
    if got.shape != want.shape or got.size == 0:
        return 0.0
    return float(np.count_nonzero(got == want)) / got.size


def fitness(accuracies: Sequence[float]) -> float:
    """Mean pixel accuracy over the train pairs; 0.0 for none."""
    return float(sum(accuracies) / len(accuracies)) if accuracies else 0.0
