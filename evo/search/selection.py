"""Parent selection with a diversity guard: programs with identical train outputs count once.
Parents rank by how much of the input->output change they reproduce, then by pixel accuracy,
so that a program returning its input does not breed near-copies of the input."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from evo.core.tasks import Task
from evo.library.search import change_score


@dataclass(frozen=True)
class Standing:
    """A stored program as selection sees it."""

    id: int
    fitness: float | None
    outputs_key: str | None
    generation: int
    change: float
    status: str


class Stored(Protocol):
    """What a standing is made from (a stored, evaluated program)."""

    id: int
    fitness: float | None
    outputs_key: str | None
    generation: int
    status: str
    train_results: list[dict[str, Any]] | None


def standing(program: Stored, task: Task) -> Standing:
    """The program's standing: its fitness and its mean change accuracy over the train pairs."""
    results = program.train_results or []
    outputs = [np.asarray(r.get("output") or [[]]) for r in results]  # none: scores 0
    change = change_score(outputs, task) if len(outputs) == len(task.train) else 0.0
    return Standing(
        program.id, program.fitness, program.outputs_key, program.generation, change, program.status
    )


def rank_key(program: Standing) -> tuple[float, float, int]:
    """Sort key: more of the change first, then higher fitness, then older program first."""
    return (-program.change, -(program.fitness or 0.0), program.id)


def distinct(programs: Sequence[Standing]) -> list[Standing]:
    """The best program of each group of identical train outputs, best first."""
    best: dict[str, Standing] = {}
    for program in sorted(programs, key=rank_key):
        key = program.outputs_key or f"id:{program.id}"
        best.setdefault(key, program)
    return sorted(best.values(), key=rank_key)


def tournament(pool: Sequence[Standing], size: int, rng: random.Random) -> Standing:
    """The fittest of `size` programs drawn at random from the pool."""
    contestants = rng.sample(list(pool), min(size, len(pool)))
    return min(contestants, key=rank_key)


def pick_parents(pool: Sequence[Standing], count: int, size: int, rng: random.Random) -> list[int]:
    """Ids of `count` distinct parents chosen by tournament (fewer if the pool is smaller)."""
    remaining, chosen = list(pool), []
    for _ in range(min(count, len(remaining))):
        winner = tournament(remaining, size, rng)
        chosen.append(winner.id)
        remaining.remove(winner)
    return chosen


def stagnant(programs: Sequence[Standing], generation: int, window: int) -> bool:
    """Whether the best fitness has not improved over the last `window` generations."""
    if window <= 0 or generation < window or not programs:
        return False
    before = [p.fitness or 0.0 for p in programs if p.generation < generation - window]
    return bool(before) and max(before) >= max(p.fitness or 0.0 for p in programs)
