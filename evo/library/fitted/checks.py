"""Checks and builders the rule families share: does a transform fit the train pairs, and
DSL text for grids built cell by cell or written out literally."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dsl.types import Grid
from evo.library.transforms import Transform, apply

Pairs = Sequence[tuple[Grid, Grid]]
MOST_FIT = 2
"""Most fitting transforms a family keeps for a task, unless it says otherwise."""


def same_grid(a: Grid, b: Grid) -> bool:
    """Whether two grids are equal in shape and cells."""
    return a.shape == b.shape and bool((a == b).all())


def fits(t: Transform, pairs: Pairs) -> bool:
    """Whether the transform turns every input into its output exactly (False for no pairs)."""
    for a, b in pairs:
        out = apply(t, a)
        if out is None or not same_grid(out, b):
            return False
    return bool(pairs)


def fitting(candidates: Iterable[Transform], pairs: Pairs, most: int) -> list[Transform]:
    """The first `most` candidates that fit every pair, trying no more than needed."""
    found: list[Transform] = []
    for t in candidates:
        if len(found) == most:
            break
        if fits(t, pairs):
            found.append(t)
    return found


def cellwise(expr: str) -> str:
    """A grid expression whose cell (r, c) is `expr`, the same size as `$g`."""
    return f"tile([[{expr} for c in range(width($g))] for r in range(height($g))], 1, 1)"


def literal(grid: Grid) -> str:
    """A grid expression that builds `grid` as it is."""
    return f"tile({grid.tolist()!r}, 1, 1)"
