"""The exhaustive search under the symmetries of the square: the task turned or flipped, searched,
and every program wrapped in the symmetry and its inverse, so that a family written for one
orientation covers all eight."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dsl.types import Grid
from evo.core.tasks import Pair, Task
from evo.library.search import Found, Search, score
from evo.library.transforms import KEEP, SWAP, Transform, apply


@dataclass(frozen=True)
class Symmetry:
    """A turn or flip of the grid and the step that undoes it."""

    name: str
    forward: Transform
    inverse: Transform


def _step(line: str, swaps: bool) -> Transform:
    return Transform("augment", (line,), SWAP if swaps else KEEP)


SYMMETRIES = (
    Symmetry("turn 1", _step("rotate($g, 1)", True), _step("rotate($g, 3)", True)),
    Symmetry("turn 2", _step("rotate($g, 2)", False), _step("rotate($g, 2)", False)),
    Symmetry("turn 3", _step("rotate($g, 3)", True), _step("rotate($g, 1)", True)),
    Symmetry("flip h", _step("mirror($g, 'h')", False), _step("mirror($g, 'h')", False)),
    Symmetry("flip v", _step("mirror($g, 'v')", False), _step("mirror($g, 'v')", False)),
    Symmetry("flip d", _step("mirror($g, 'd')", True), _step("mirror($g, 'd')", True)),
    Symmetry("flip a", _step("mirror($g, 'a')", True), _step("mirror($g, 'a')", True)),
)
"""The seven symmetries of the square other than the identity."""


class BadSymmetry(ValueError):
    """A symmetry step that failed on a grid (never for the DSL's turns and flips)."""


def _moved(step: Transform, grid: Grid) -> Grid:
    out = apply(step, grid)
    if out is None:
        raise BadSymmetry(step.lines[0])
    return out


def turned(task: Task, symmetry: Symmetry) -> Task:
    """The task with every grid, inputs and known outputs alike, moved by the symmetry."""

    def pair(p: Pair) -> Pair:
        out = None if p.output is None else _moved(symmetry.forward, p.output)
        return Pair(_moved(symmetry.forward, p.input), out)

    return Task(task.id, tuple(map(pair, task.train)), tuple(map(pair, task.test)))


def search_turned(
    task: Task, symmetry: Symmetry, budget: int, want: int, finish_top: int, finish_from: float
) -> list[Found]:
    """Distinct results of the search on the moved task, each wrapped in the symmetry and its
    inverse and with its outputs moved back, most accurate first."""
    found = Search(turned(task, symmetry), budget, want, finish_top, finish_from).execute()
    back = []
    for f in found:
        outputs = tuple(apply(symmetry.inverse, o) for o in f.outputs)
        if any(o is None for o in outputs):
            continue
        kept: tuple[Grid, ...] = tuple(o for o in outputs if o is not None)
        path = (symmetry.forward, *f.path, symmetry.inverse)
        back.append(Found(score(kept, task), path, kept))
    return back


def augmented(
    task: Task,
    budget: int,
    want: int,
    finish_top: int,
    finish_from: float,
    symmetries: Sequence[Symmetry] = SYMMETRIES,
) -> list[Found]:
    """The search under each symmetry with an equal share of the budget; results by accuracy,
    then by how many symmetries found the same outputs, then shorter paths first."""
    share = max(budget // max(len(symmetries), 1), 1)
    best: dict[tuple[bytes, ...], Found] = {}
    votes: dict[tuple[bytes, ...], int] = {}
    for symmetry in symmetries:
        seen = set()
        for f in search_turned(task, symmetry, share, want, finish_top, finish_from):
            key = tuple(o.tobytes() + bytes(o.shape) for o in f.outputs)
            if key in seen:
                continue
            seen.add(key)
            votes[key] = votes.get(key, 0) + 1
            if key not in best or len(f.path) < len(best[key].path):
                best[key] = f
    ranked = sorted(best, key=lambda k: (-best[k].score, -votes[k], len(best[k].path)))
    return [best[k] for k in ranked]
