"""The operator interface: jobs in, candidate programs (with any raw completions) out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from evo.core.tasks import Task

KINDS = ("sample", "refine", "crossover")


@dataclass(frozen=True)
class Parent:
    """A program chosen as a parent, with what the operator may show of it."""

    id: int
    code: str
    fitness: float
    status: str
    error: str | None
    train: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class JobSpec:
    """One operator application: the task, the kind, the parents, how many programs, a seed."""

    id: int
    task: Task
    kind: str
    parents: tuple[Parent, ...]
    n: int
    seed: int


@dataclass(frozen=True)
class CompletionRecord:
    """Raw model output and its cost, stored before any parsing."""

    text: str
    model: str = ""
    template: str = ""
    prompt_hash: str = ""
    prompt_chars: int = 0
    prefix_chars: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0


@dataclass(frozen=True)
class Candidate:
    """A proposed program; code is None when a completion held no usable program."""

    code: str | None
    completion: CompletionRecord | None = None
    error: str | None = None


class Operator(Protocol):
    """Anything that turns a batch of jobs into candidates, one list per job, in order."""

    name: str

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """Candidates for every job (a job may get fewer than n, never more)."""
        ...
