"""Pixel accuracy, fitness and change accuracy (how much of the input->output change is made)."""

from __future__ import annotations

import numpy as np

from evo.core.fitness import change_accuracy, fitness, pixel_accuracy

GIVEN = np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]])
WANT = np.array([[2, 0, 0], [0, 1, 0], [0, 0, 2]])


def test_returning_the_input_reproduces_none_of_the_change() -> None:
    assert pixel_accuracy(GIVEN, WANT) > 0.7
    assert change_accuracy(GIVEN, GIVEN, WANT) == 0.0


def test_the_expected_output_scores_one() -> None:
    assert change_accuracy(WANT, GIVEN, WANT) == 1.0


def test_half_the_change_with_everything_kept_scores_a_half() -> None:
    half = GIVEN.copy()
    half[0, 0] = 2
    assert change_accuracy(half, GIVEN, WANT) == 0.5


def test_cells_spoiled_outside_the_change_lower_the_score() -> None:
    spoiled = WANT.copy()
    spoiled[1, 1] = 0
    assert change_accuracy(spoiled, GIVEN, WANT) == 6 / 7


def test_a_wrong_shape_scores_zero_and_other_shapes_fall_back_to_pixels() -> None:
    assert change_accuracy(np.zeros((2, 2)), GIVEN, WANT) == 0.0
    small_want = np.array([[1, 2], [3, 4]])
    got = np.array([[1, 2], [3, 0]])
    assert change_accuracy(got, GIVEN, small_want) == pixel_accuracy(got, small_want) == 0.75


def test_without_change_to_make_it_is_pixel_accuracy() -> None:
    got = GIVEN.copy()
    got[0, 1] = 5
    assert change_accuracy(got, GIVEN, GIVEN) == pixel_accuracy(got, GIVEN) == 8 / 9


def test_fitness_is_the_mean_and_zero_for_nothing() -> None:
    assert fitness([1.0, 0.5]) == 0.75
    assert fitness([]) == 0.0
