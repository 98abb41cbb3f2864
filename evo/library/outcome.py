"""How a search's ranked results fare on a task's test pairs: right, and right within two tries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from dsl.types import Grid
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


def passes(found: Sequence[Result], task: Task, attempts: int = 2) -> bool:
    """Whether one of the first `attempts` distinct test predictions gets every test output."""
    seen: list[list[bytes]] = []
    for f in found:
        key = [g.tobytes() + bytes(g.shape) for g in f.outputs[len(task.train) :]]
        if key in seen:
            continue
        seen.append(key)
        if right(f, task):
            return True
        if len(seen) == attempts:
            return False
    return False
