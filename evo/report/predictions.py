"""Test predictions: vote among train-exact programs, two distinct attempts per test input
(pass@2 itself is evo.core.attempts.pass_at)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

Grid = list[list[int]]


class Evaluated(Protocol):
    """What prediction reads of a program."""

    id: int
    fitness: float | None
    solved: bool
    test_results: list[dict[str, Any]] | None


def _voters(programs: Sequence[Evaluated]) -> list[Evaluated]:
    exact = [p for p in programs if p.solved]
    if exact:
        return exact
    scored = [p for p in programs if p.fitness]
    best = max((p.fitness or 0.0 for p in scored), default=0.0)
    return [p for p in scored if (p.fitness or 0.0) == best]


def attempts(programs: Sequence[Evaluated], test_count: int) -> list[list[Grid]]:
    """Up to two distinct predicted grids per test input, most voted first."""
    voters = _voters(programs)
    result = []
    for i in range(test_count):
        tally: dict[str, tuple[int, float, int]] = {}
        for p in voters:
            pair = (p.test_results or [])[i] if i < len(p.test_results or []) else None
            if not pair or pair.get("status") != "ok":
                continue
            key = json.dumps(pair["output"])
            votes, fit, first = tally.get(key, (0, 0.0, p.id))
            tally[key] = (votes + 1, max(fit, p.fitness or 0.0), min(first, p.id))
        ranked = sorted(tally, key=lambda k: (-tally[k][0], -tally[k][1], tally[k][2]))
        result.append([json.loads(k) for k in ranked[:2]])
    return result
