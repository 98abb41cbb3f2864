"""Parameter inference from a task's train pairs: background, colour roles, shape factors, maps."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from dsl.types import Grid
from evo.core.tasks import Task


@dataclass(frozen=True)
class Facts:
    """What the train pairs say about a task, used to instantiate transforms.

    Attributes:
        background: the most common colour over all train inputs.
        colours: colours in any train or test input.
        out_colours: colours in any train output.
        new_colours: colours of a train output absent from its own input.
        gone_colours: input colours that no train output holds (noise to remove).
        same_shape: every train output has its input's shape.
        scale: integer (rows, cols) factors output/input shared by all pairs, when some > 1.
        shrink: integer (rows, cols) factors input/output shared by all pairs, when some > 1.
        out_shape: the one shape of every train output, if they share one.
        train: the train (input, output) grids, for families that read their rules off them.
    """

    background: int
    colours: tuple[int, ...]
    out_colours: tuple[int, ...]
    new_colours: tuple[int, ...]
    gone_colours: tuple[int, ...]
    same_shape: bool
    scale: tuple[int, int] | None
    shrink: tuple[int, int] | None
    out_shape: tuple[int, int] | None
    train: tuple[tuple[Grid, Grid], ...] = field(default=(), compare=False, repr=False)


def _ratio(pairs: Sequence[tuple[tuple[int, int], tuple[int, int]]]) -> tuple[int, int] | None:
    """The integer factors b/a per axis shared by all (a, b) shape pairs, if any axis grows."""
    found: set[tuple[int, int]] = set()
    for (ah, aw), (bh, bw) in pairs:
        if bh % ah or bw % aw:
            return None
        found.add((bh // ah, bw // aw))
    if len(found) != 1:
        return None
    factors = found.pop()
    return factors if max(factors) > 1 else None


def infer(task: Task) -> Facts:
    """Facts of a task's train pairs (and the colours of its test inputs)."""
    counts: Counter[int] = Counter()
    colours: set[int] = set()
    out_colours: set[int] = set()
    new: set[int] = set()
    shapes = []
    for pair in task.train:
        values, n = np.unique(pair.input, return_counts=True)
        counts.update(dict(zip(values.tolist(), n.tolist(), strict=True)))
        seen_in = set(values.tolist())
        colours |= seen_in
        assert pair.output is not None
        seen_out = set(np.unique(pair.output).tolist())
        out_colours |= seen_out
        new |= seen_out - seen_in
        shapes.append((pair.input.shape, pair.output.shape))
    for pair in task.test:
        colours |= set(np.unique(pair.input).tolist())
    background = min(counts, key=lambda c: (-counts[c], c))
    out_shapes = {b for _, b in shapes}
    return Facts(
        background=background,
        colours=tuple(sorted(colours)),
        out_colours=tuple(sorted(out_colours)),
        new_colours=tuple(sorted(new)),
        gone_colours=tuple(sorted(colours - out_colours)),
        same_shape=all(a == b for a, b in shapes),
        scale=_ratio(shapes),
        shrink=_ratio([(b, a) for a, b in shapes]),
        out_shape=out_shapes.pop() if len(out_shapes) == 1 else None,
        train=tuple((p.input, p.output) for p in task.train if p.output is not None),
    )


def shared_colours(f: Facts) -> list[int]:
    """Non-background colours that every train input holds (markers, frames, references)."""
    return [c for c in f.colours if c != f.background and all(c in a for a, _ in f.train)]


def colour_map(outs: Sequence[np.ndarray], targets: Sequence[np.ndarray]) -> dict[int, int] | None:
    """The one cellwise colour map taking every out to its target, None if none or identity."""
    mapping: dict[int, int] = {}
    for out, target in zip(outs, targets, strict=True):
        if out.shape != target.shape:
            return None
        pairs = np.unique(out * 10 + target)
        for code in pairs.tolist():
            old, new = divmod(code, 10)
            if mapping.setdefault(old, new) != new:
                return None
    changed = {old: new for old, new in sorted(mapping.items()) if old != new}
    return changed or None
