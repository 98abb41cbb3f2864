"""pass@2 as the bench and the family tests count it: distinct test predictions, in order."""

from __future__ import annotations

from dataclasses import dataclass

from dsl.types import Grid, freeze
from evo.core.tasks import Pair, Task
from evo.library.outcome import passes, right

TASK = Task(
    "hand",
    (Pair(freeze([[1]]), freeze([[2]])),),
    (Pair(freeze([[3]]), freeze([[4]])),),
)


@dataclass(frozen=True)
class Made:
    """A search result reduced to its outputs on train then test inputs."""

    outputs: tuple[Grid, ...]


def made(test: int, train: int = 2) -> Made:
    return Made((freeze([[train]]), freeze([[test]])))


def test_right_compares_test_outputs_only() -> None:
    assert right(made(4, train=9), TASK)
    assert not right(made(5), TASK)
    assert not right(Made((freeze([[2]]), freeze([[4, 4]]))), TASK)


def test_duplicates_do_not_use_up_an_attempt() -> None:
    assert passes([made(5), made(5), made(5), made(4)], TASK)


def test_third_distinct_prediction_is_too_late() -> None:
    assert not passes([made(5), made(6), made(4)], TASK)
    assert passes([made(5), made(6), made(4)], TASK, tries=3)


def test_nothing_found_does_not_pass() -> None:
    assert not passes([], TASK)


def test_each_test_input_has_its_own_two_attempts(make_task) -> None:
    """pass@2 is judged per test input, as the report and the submission count it."""
    task = make_task([([[1]], [[2]])], [[3]], [[5]])
    task = Task(
        task.id,
        task.train,
        (Pair(freeze([[3]]), freeze([[4]])), Pair(freeze([[5]]), freeze([[6]]))),
    )
    first = Made((freeze([[2]]), freeze([[4]]), freeze([[0]])))
    second = Made((freeze([[2]]), freeze([[0]]), freeze([[6]])))
    assert passes([first, second], task)
    assert not passes([first, Made((freeze([[2]]), freeze([[9]]), freeze([[9]]))), second], task)
