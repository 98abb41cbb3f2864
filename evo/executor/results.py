"""What the executor returns: a verdict per pair and per program."""

from __future__ import annotations

from dataclasses import dataclass

from evo.core.fitness import fitness


@dataclass(frozen=True)
class PairResult:
    """One program on one pair.

    Attributes:
        status: ok | error | timeout | invalid | rejected.
        accuracy: pixel accuracy against the expected output (0.0 unless ok with an expected
            output of the same shape).
        exact: the output equals the expected output.
        error: why the pair failed ("ZeroDivisionError: division by zero", "output is 31x2,
            larger than 30x30", ...), None when ok.
        output: the validated output grid, None unless ok.
    """

    status: str
    accuracy: float
    exact: bool
    error: str | None
    output: list[list[int]] | None


@dataclass(frozen=True)
class ProgramResult:
    """One program on one task.

    Attributes:
        status: ok when every train pair is ok, else the first failing train pair's status.
        fitness: mean train pixel accuracy.
        solved: every train pair is exact.
        train: one verdict per train pair.
        test: one verdict per test pair (accuracy and exact filled when the task has outputs).
        error: the first failing train pair's error (the rejection reason when rejected).
    """

    status: str
    fitness: float
    solved: bool
    train: tuple[PairResult, ...]
    test: tuple[PairResult, ...]
    error: str | None


def failed_pair(status: str, error: str) -> PairResult:
    """A pair that produced no output."""
    return PairResult(status, 0.0, False, error, None)


def program_result(train: list[PairResult], test: list[PairResult]) -> ProgramResult:
    """Combine pair verdicts: status and error of the first failing train pair, fitness, solved."""
    failing = next((p for p in train if p.status != "ok"), None)
    return ProgramResult(
        status="ok" if failing is None else failing.status,
        fitness=fitness([p.accuracy for p in train]),
        solved=bool(train) and all(p.exact for p in train),
        train=tuple(train),
        test=tuple(test),
        error=None if failing is None else failing.error,
    )


def failed_program(status: str, error: str, n_train: int, n_test: int) -> ProgramResult:
    """A program every pair of which failed the same way (killed, rejected, worker died)."""
    pair = failed_pair(status, error)
    return program_result([pair] * n_train, [pair] * n_test)
