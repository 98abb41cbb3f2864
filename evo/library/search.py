"""The exhaustive search over the library: every transform, then every transform after each
distinct first result, run in-process on the task's inputs, with an inferred colour map as a
finishing step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dsl.types import Grid
from evo.core.config import SearchConfig
from evo.core.fitness import change_accuracy, fitness, pixel_accuracy
from evo.core.tasks import Task
from evo.library.families import library
from evo.library.infer import colour_map, infer
from evo.library.local import local_rules
from evo.library.transforms import KEEP, Transform, apply, predict

DEFAULTS = SearchConfig()
BUDGET = DEFAULTS.exhaustive_budget
"""Transform applications (one transform on one grid) allowed per task."""

Path = tuple[Transform, ...]


@dataclass(frozen=True)
class Found:
    """A distinct result: train accuracy, the path, and its outputs on train then test inputs."""

    score: float
    path: Path
    outputs: tuple[Grid, ...]


def score(outputs: Sequence[Grid], task: Task) -> float:
    """The fitness of outputs on the train pairs (the executor's definition)."""
    expected = [p.output for p in task.train if p.output is not None]
    return fitness([pixel_accuracy(o, e) for o, e in zip(outputs, expected, strict=False)])


def change_score(outputs: Sequence[Grid], task: Task) -> float:
    """Mean change accuracy of outputs on the train pairs (a copy of the inputs scores 0; see
    evo.core.fitness.change_accuracy)."""
    pairs = zip(outputs, task.train, strict=False)
    return fitness(
        [change_accuracy(o, p.input, p.output) for o, p in pairs if p.output is not None]
    )


def _key(outputs: Sequence[Grid]) -> bytes:
    return b"|".join(bytes(o.shape) + o.astype(np.int8).tobytes() for o in outputs)


def recolouring(outputs: Sequence[Grid], task: Task) -> Transform | None:
    """A `map_colors` step that turns the train outputs into the targets, if one exists."""
    targets = [p.output for p in task.train]
    mapping = colour_map(outputs[: len(targets)], targets)  # type: ignore[arg-type]
    return None if mapping is None else Transform("recolour", (f"map_colors($g, {mapping})",), KEEP)


class Search:
    """One task's search state: the transform library, the budget and the distinct results."""

    def __init__(
        self,
        task: Task,
        budget: int,
        want: int,
        finish_top: int = DEFAULTS.finish_top,
        finish_from: float = DEFAULTS.finish_from,
    ) -> None:
        self.task = task
        self.budget = budget
        self.want = want
        self.finish_top, self.finish_from = finish_top, finish_from
        self.used = 0
        self.tried = 0
        self.facts = infer(task)
        self.library = library(self.facts)
        self.targets = [p.output.shape for p in task.train]  # type: ignore[union-attr]
        self.found: dict[bytes, Found] = {}
        self.exact = 0

    def run(
        self, step: Transform, grids: Sequence[Grid], strict: bool = False
    ) -> tuple[Grid, ...] | None:
        """The step applied to every grid (train first), None on the first failure, when the
        budget runs out, or (when strict) on the first train output of the wrong shape."""
        self.tried += 1
        outs: list[Grid] = []
        for grid in grids:
            if self.used >= self.budget:
                return None
            self.used += 1
            out = apply(step, grid)
            if out is None:
                return None
            if strict and len(outs) < len(self.targets) and out.shape != self.targets[len(outs)]:
                return None
            outs.append(out)
        return tuple(outs)

    def add(self, path: Path, outputs: tuple[Grid, ...]) -> Found | None:
        """Record a result unless its outputs were seen, then try a finishing colour map."""
        key = _key(outputs)
        if key in self.found:
            return None
        found = Found(score(outputs, self.task), path, outputs)
        if path:
            self.found[key] = found
            self.exact += found.score == 1.0
        finish = recolouring(outputs, self.task)
        if finish is not None:
            mapped = self.run(finish, outputs)
            if mapped is not None:
                self.add(path + (finish,), mapped)
        return found

    def fits(self, step: Transform, parent: Found) -> bool:
        """Whether a second step may turn the parent's outputs into grids of the target shapes.

        Exact for steps of known shape; a shrinking step needs a parent no smaller than the
        targets and larger somewhere, and is not tried after a turn or flip (they commute).
        """
        sizes = [o.shape for o in parent.outputs[: len(self.targets)]]
        kind = step.shape[0]
        if kind == "any":
            return True
        if kind != "shrink":
            return all(
                predict(step.shape, s) == t for s, t in zip(sizes, self.targets, strict=True)
            )
        if any(s[0] < t[0] or s[1] < t[1] for s, t in zip(sizes, self.targets, strict=True)):
            return False
        return sizes != self.targets and parent.path[-1].family != "geometry"

    def execute(self) -> list[Found]:
        """Depth 1 over the library, then depth 2 from the best distinct depth-1 results."""
        inputs = tuple(p.input for p in self.task.train + self.task.test)
        self.add((), inputs)
        level = []
        for step in self.library:
            outs = self.run(step, inputs)
            found = None if outs is None else self.add((step,), outs)
            if found is not None:
                level.append(found)
        level.sort(key=lambda f: (-self.shaped(f), -change_score(f.outputs, self.task), -f.score))
        for parent in level[: self.finish_top]:
            self.finish(parent)
        for parent in level:
            for step in self.library:
                if self.exact >= self.want or self.used >= self.budget:
                    return self.ranked()
                if self.fits(step, parent):
                    outs = self.run(step, parent.outputs, strict=True)
                    if outs is not None:
                        self.add(parent.path + (step,), outs)
        return self.ranked()

    def finish(self, parent: Found) -> None:
        """Local rules read off the parent's train outputs and the targets, run on its outputs."""
        if parent.score < self.finish_from or parent.score == 1.0 or not self.shaped(parent):
            return
        pairs = list(zip(parent.outputs, (p.output for p in self.task.train), strict=False))
        for step in local_rules(pairs, self.facts.background):  # type: ignore[arg-type]
            outs = self.run(step, parent.outputs)
            if outs is not None:
                self.add(parent.path + (step,), outs)

    def shaped(self, found: Found) -> bool:
        """Whether the result's train outputs have the target shapes."""
        return all(o.shape == t for o, t in zip(found.outputs, self.targets, strict=False))

    def ranked(self) -> list[Found]:
        """Distinct results, most accurate first, shorter paths before longer, then found order."""
        return sorted(self.found.values(), key=lambda f: (-f.score, len(f.path)))


def search(
    task: Task,
    budget: int = BUDGET,
    want: int = 8,
    finish_top: int = DEFAULTS.finish_top,
    finish_from: float = DEFAULTS.finish_from,
) -> list[Found]:
    """Ranked distinct results of a task's search (which stops early at `want` exact ones)."""
    return Search(task, budget, want, finish_top, finish_from).execute()
