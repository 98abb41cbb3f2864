"""Test predictions: the vote among programs (evo.report.predictions) and pass@2
(evo.core.attempts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from evo.core.attempts import pass_at
from evo.report.predictions import attempts

A = [[1]]
B = [[2]]
C = [[3]]
D = [[4, 4], [4, 4]]


@dataclass(frozen=True)
class Row:
    """A stand-in for a stored program row (evo.store.models.Program): what prediction reads."""

    id: int
    fitness: float | None
    solved: bool
    test_results: list[dict[str, Any]] | None


def ok(grid: list[list[int]]) -> dict[str, Any]:
    """A test result whose program returned grid."""
    return {"status": "ok", "accuracy": 0.0, "exact": False, "error": None, "output": grid}


def failed(status: str, output: list[list[int]] | None = None) -> dict[str, Any]:
    """A test result that is not ok (with a stray output when given, which must not count)."""
    return {"status": status, "accuracy": 0.0, "exact": False, "error": "x", "output": output}


def solved(row_id: int, *outputs: list[list[int]], fitness: float = 1.0) -> Row:
    """A train-exact program that predicted these grids, one per test input."""
    return Row(row_id, fitness, True, [ok(g) for g in outputs])


def partial(row_id: int, fitness: float | None, *outputs: list[list[int]]) -> Row:
    """A program that is not train-exact, with this fitness and these predictions."""
    return Row(row_id, fitness, False, [ok(g) for g in outputs])


# --- the vote ------------------------------------------------------------------------------


def test_more_votes_come_first() -> None:
    programs = [solved(1, A), solved(2, B), solved(3, B), solved(4, C), solved(5, C), solved(6, C)]
    assert attempts(programs, 1) == [[C, B]]
    # votes outrank fitness and id
    programs = [solved(1, A, fitness=1.0), solved(2, B, fitness=0.8), solved(3, B, fitness=0.8)]
    assert attempts(programs, 1) == [[B, A]]


def test_vote_ties_go_to_the_higher_fitness() -> None:
    programs = [solved(1, A, fitness=0.9), solved(2, B, fitness=0.95), solved(0, C, fitness=0.7)]
    assert attempts(programs, 1) == [[B, A]]


def test_a_grid_counts_the_best_fitness_among_its_voters() -> None:
    # neither the sum nor the first voter's fitness: A sums 1.8, B's first voter has 0.1
    programs = [solved(1, A, fitness=0.9), solved(2, A, fitness=0.9)]
    programs += [solved(3, B, fitness=0.1), solved(4, B, fitness=0.95)]
    assert attempts(programs, 1) == [[B, A]]


def test_vote_and_fitness_ties_go_to_the_lower_id() -> None:
    assert attempts([solved(5, A), solved(2, B)], 1) == [[B, A]]
    # a grid's id is the lowest among its voters
    programs = [solved(3, B), solved(4, B), solved(7, A), solved(1, A)]
    assert attempts(programs, 1) == [[A, B]]


def test_at_most_two_distinct_attempts() -> None:
    programs = [solved(1, A), solved(2, B), solved(3, C), solved(4, D), solved(5, D)]
    assert attempts(programs, 1) == [[D, A]]


def test_duplicates_are_votes_not_attempts() -> None:
    assert attempts([solved(1, A), solved(2, A), solved(3, A)], 1) == [[A]]
    assert attempts([solved(1, B), solved(2, A), solved(3, A), solved(4, C)], 1) == [[A, B]]


def test_grids_are_returned_as_rows() -> None:
    assert attempts([solved(1, D)], 1) == [[[[4, 4], [4, 4]]]]


# --- who votes -----------------------------------------------------------------------------


def test_only_train_exact_programs_vote_when_there_are_any() -> None:
    programs = [partial(1, 0.99, B), partial(2, 0.99, B), solved(3, A), partial(4, 0.5, C)]
    assert attempts(programs, 1) == [[A]]


def test_without_a_train_exact_program_the_best_fitness_votes() -> None:
    programs = [partial(1, 0.5, C), partial(2, 0.8, A), partial(3, 0.8, B), partial(4, 0.8, B)]
    programs += [partial(5, 0.79, D), partial(6, 0.5, C)]  # C would tie B if it voted
    assert attempts(programs, 1) == [[B, A]]


def test_programs_without_fitness_never_vote() -> None:
    assert attempts([partial(1, 0.0, A), partial(2, None, B)], 1) == [[]]
    assert attempts([partial(1, None, A), partial(2, 0.0, B), partial(3, 0.1, C)], 2) == [[C], []]
    assert attempts([], 2) == [[], []]


def test_failed_test_results_are_ignored() -> None:
    programs = [
        Row(1, 1.0, True, [failed("error")]),
        Row(2, 1.0, True, [failed("timeout")]),
        Row(3, 1.0, True, [failed("invalid", B)]),
        Row(4, 1.0, True, [failed("rejected", B)]),
        solved(5, A),
        solved(6, B),
    ]
    assert attempts(programs, 1) == [[A, B]]
    assert attempts(programs[:4], 1) == [[]]


# --- several test inputs -------------------------------------------------------------------


def test_each_test_input_gets_its_own_attempts() -> None:
    programs = [solved(1, A, C), solved(2, B, D), solved(3, B, C), solved(4, B, C)]
    assert attempts(programs, 2) == [[B, A], [C, D]]
    assert attempts(programs, 0) == []


def test_a_program_with_fewer_test_results_votes_where_it_has_them() -> None:
    programs = [solved(1, A), solved(2, B, C), solved(3, A, D), Row(4, 1.0, True, None)]
    programs.append(Row(5, 1.0, True, [failed("error"), ok(D)]))
    assert attempts(programs, 3) == [[A, B], [D, C], []]


# --- pass@2 --------------------------------------------------------------------------------


def test_pass_needs_every_test_output_among_its_attempts() -> None:
    assert pass_at([[A, B], [C]], [B, C]) is True
    assert pass_at([[A, B], [D]], [B, C]) is False
    assert pass_at([[A, B], []], [A, C]) is False


def test_a_third_attempt_does_not_count() -> None:
    assert pass_at([[A, B, C]], [C]) is False
    assert pass_at([[A, B, C]], [C], tries=3) is True
    assert pass_at([[A, B]], [B], tries=1) is False


def test_pass_is_unknown_without_every_expected_output() -> None:
    assert pass_at([[A], [C]], [A, None]) is None
    assert pass_at([[A], [B]], [None, C]) is None


def test_pass_needs_one_attempt_list_per_test_input() -> None:
    with pytest.raises(ValueError):
        pass_at([[A]], [A, B])


def test_pass_on_voted_attempts() -> None:
    programs = [solved(1, A, C), solved(2, B, D), solved(3, B, D), solved(4, C, D)]
    predicted = attempts(programs, 2)
    assert predicted == [[B, A], [D, C]]
    assert pass_at(predicted, [A, C]) is True
    assert pass_at(predicted, [C, C]) is False
