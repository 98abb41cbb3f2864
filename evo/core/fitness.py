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


def change_accuracy(output: npt.ArrayLike, given: npt.ArrayLike, expected: npt.ArrayLike) -> float:
    """How much of the input->output change an output reproduces: the share of the cells that
    must change and do so rightly, times the share of the cells that must stay and do. A grid
    that returns its input scores 0; pixel accuracy where input and output shapes differ."""
    got, was, want = np.asarray(output), np.asarray(given), np.asarray(expected)
    if got.shape != want.shape or got.size == 0:
        return 0.0
    if was.shape != want.shape:
        return pixel_accuracy(got, want)
    moves = was != want
    if not moves.any():
        return pixel_accuracy(got, want)
    right = got == want
    stays = ~moves
    kept = float(np.count_nonzero(right & stays)) / max(int(np.count_nonzero(stays)), 1)
    changed = float(np.count_nonzero(right & moves)) / int(np.count_nonzero(moves))
    return changed * (kept if stays.any() else 1.0)
