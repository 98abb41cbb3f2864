"""Exhaustive search: every one- and two-step DSL composition with parameters drawn from the
task, run in-process (DSL calls only, never generated code), best outputs first."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from dsl.registry import REGISTRY
from evo.operators.base import Candidate, JobSpec
from evo.operators.symbolic import INT_DOMAINS, Usable, task_colours, usable_primitives
from evo.program import Step, Straight, Var
from evo.tasks import Task

BEAM = 24
SKIP = {"crop", "rect", "outline", "canvas", "shift"}


@dataclass(frozen=True)
class Move:
    """One grid-to-grid call with its non-grid arguments fixed."""

    func: str
    args: tuple[object, ...]

    def apply(self, grid: np.ndarray) -> np.ndarray | None:
        """The call's result, or None when it fails or leaves the ARC grid range."""
        full = tuple(grid if a is GRID else a for a in self.args)
        try:
            out = REGISTRY[self.func].func(*full)
        except (ValueError, IndexError, KeyError, TypeError, ZeroDivisionError):
            return None
        if not isinstance(out, np.ndarray) or out.ndim != 2 or out.size == 0:
            return None
        return out if max(out.shape) <= 30 else None


GRID = object()


def _domain(slot_kind: str, name: str, choices: tuple, colours: list[int]) -> list[object]:
    if slot_kind == "grid":
        return [GRID]
    if slot_kind == "colour":
        return list(colours)
    if slot_kind == "int":
        return list(INT_DOMAINS.get(name, (1, 2, 3)))
    if slot_kind == "bool":
        return [False, True]
    return list(choices)


def moves(task: Task, space: Sequence[Usable]) -> list[Move]:
    """Every grid-to-grid call whose parameters come from the task's colours and small domains."""
    colours = task_colours(task)
    found = []
    for u in space:
        if u.result != "grid" or u.name in SKIP:
            continue
        domains = [_domain(s.kind, s.name, s.choices, colours) for s in u.slots]
        found += [Move(u.name, combo) for combo in itertools.product(*domains)]
    return found


def score(outputs: list[np.ndarray | None], task: Task) -> float:
    """Mean pixel accuracy over the train pairs (0 for a failed or misshapen output)."""
    total = 0.0
    for out, pair in zip(outputs, task.train, strict=True):
        if out is not None and pair.output is not None and out.shape == pair.output.shape:
            total += float((out == pair.output).mean())
    return total / len(task.train)


def search(task: Task, space: Sequence[Usable]) -> Iterator[tuple[float, tuple[Move, ...]]]:
    """(accuracy, moves) for depth 1, then depth 2 from the best distinct depth-1 results."""
    inputs = [p.input for p in task.train]
    options = moves(task, space)
    seen: set[bytes] = set()
    level: list[tuple[float, tuple[Move, ...], list[np.ndarray]]] = []
    for move in options:
        outs = [move.apply(g) for g in inputs]
        if any(o is None for o in outs):
            continue
        key = b"|".join(o.tobytes() + bytes(o.shape) for o in outs)  # type: ignore[union-attr]
        if key in seen:
            continue
        seen.add(key)
        acc = score(outs, task)  # type: ignore[arg-type]
        level.append((acc, (move,), outs))  # type: ignore[arg-type]
        yield acc, (move,)
    level.sort(key=lambda item: -item[0])
    for _, path, outs in level[:BEAM]:
        for move in options:
            nxt = [move.apply(g) for g in outs]
            if any(o is None for o in nxt):
                continue
            yield score(nxt, task), path + (move,)  # type: ignore[arg-type]


def render(path: tuple[Move, ...]) -> str:
    """Straight-line source of a chain of moves."""
    steps, current = [], "grid"
    for i, move in enumerate(path):
        args = tuple(Var(current) if a is GRID else a for a in move.args)
        steps.append(Step(f"x{i + 1}", move.func, args))
        current = f"x{i + 1}"
    return Straight(tuple(steps), current).render()


class ExhaustiveOperator:
    """Sample jobs get the best n compositions found by exhaustive search; deterministic."""

    name = "exhaustive"

    def __init__(self) -> None:
        self.space = usable_primitives()

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """The n most accurate distinct compositions per job."""
        return [self._job(job) for job in jobs]

    def _job(self, job: JobSpec) -> list[Candidate]:
        found = sorted(search(job.task, self.space), key=lambda item: (-item[0], len(item[1])))
        return [Candidate(render(path)) for _, path in found[: job.n]]
