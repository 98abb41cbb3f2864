"""Parent selection with a diversity guard: programs with identical train outputs count once."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Protocol


class Scored(Protocol):
    """What selection reads of a program."""

    id: int
    fitness: float | None
    outputs_key: str | None
    generation: int


def rank_key(program: Scored) -> tuple[float, int]:
    """Sort key: higher fitness first, then older program first."""
    return (-(program.fitness or 0.0), program.id)


def distinct(programs: Sequence[Scored]) -> list[Scored]:
    """The best program of each group of identical train outputs, best first."""
    best: dict[str, Scored] = {}
    for program in sorted(programs, key=rank_key):
        key = program.outputs_key or f"id:{program.id}"
        best.setdefault(key, program)
    return sorted(best.values(), key=rank_key)


def tournament(pool: Sequence[Scored], size: int, rng: random.Random) -> Scored:
    """The fittest of `size` programs drawn at random from the pool."""
    contestants = rng.sample(list(pool), min(size, len(pool)))
    return min(contestants, key=rank_key)


def pick_parents(pool: Sequence[Scored], count: int, size: int, rng: random.Random) -> list[int]:
    """Ids of `count` distinct parents chosen by tournament (fewer if the pool is smaller)."""
    remaining, chosen = list(pool), []
    for _ in range(min(count, len(remaining))):
        winner = tournament(remaining, size, rng)
        chosen.append(winner.id)
        remaining.remove(winner)
    return chosen


def stagnant(programs: Sequence[Scored], generation: int, window: int) -> bool:
    """Whether the best fitness has not improved over the last `window` generations."""
    if window <= 0 or generation < window or not programs:
        return False
    before = [p.fitness or 0.0 for p in programs if p.generation < generation - window]
    return bool(before) and max(before) >= max(p.fitness or 0.0 for p in programs)
