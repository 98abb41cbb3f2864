"""How a search's ranked results fare on a task's test pairs: right, and right within two tries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from dsl.types import Grid
from evo.core.attempts import pass_at
from evo.core.tasks import Task
from evo.library.fitted.checks import same_grid


class Result(Protocol):
    """What scoring reads of a search result: its outputs on train then test inputs."""

    @property
    def outputs(self) -> tuple[Grid, ...]: ...


def right(result: Result, task: Task) -> bool:
    """Whether the result's test outputs are all the known test outputs."""
    guess = result.outputs[len(task.train) :]
    return all(
        p.output is not None and same_grid(g, p.output)
        for g, p in zip(guess, task.test, strict=True)
    )


def attempts(found: Sequence[Result], task: Task, tries: int = 2) -> list[list[list[list[int]]]]:
    """Per test input, the first `tries` distinct outputs of the ranked results."""
    result: list[list[list[list[int]]]] = [[] for _ in task.test]
    for f in found:
        for i, grid in enumerate(f.outputs[len(task.train) :]):
            rows = grid.tolist()
            if rows not in result[i] and len(result[i]) < tries:
                result[i].append(rows)
    return result


def passes(found: Sequence[Result], task: Task, tries: int = 2) -> bool:
    """Whether the ranked results' first `tries` distinct outputs per test input hold every
    known test output (pass@2 for two tries)."""
    expected = [None if p.output is None else p.output.tolist() for p in task.test]
    return bool(pass_at(attempts(found, task, tries), expected, tries))
