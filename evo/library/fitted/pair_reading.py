"""What the rule families read off a task's train pairs: the same-shape pairs, colours every
input holds sparsely, the colour changes, a grid's rarest colour."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from dsl.types import Grid
from evo.library.fitted.checks import Pairs
from evo.library.infer import Facts

SIDES = ((1, 0), (-1, 0), (0, 1), (0, -1))
"""The four unit steps (rows, columns) that lines and slides head along."""

SPARSE = 60
"""Most cells of a source colour per grid that line families are inferred from."""


def same_pairs(f: Facts) -> Pairs:
    """The train pairs when every output keeps its input's shape, else none."""
    return list(f.train) if f.same_shape else []


def sparse_colours(f: Facts, pairs: Pairs) -> list[int]:
    """Non-background colours with between 1 and SPARSE cells in every input of `pairs`."""
    return [
        k
        for k in f.colours
        if k != f.background and all(0 < int((a == k).sum()) <= SPARSE for a, _ in pairs)
    ]


def changed_colours(pairs: Pairs) -> Iterator[tuple[int, int]]:
    """Distinct (old, new) colours of the cells that train pairs change."""
    seen: set[tuple[int, int]] = set()
    for a, b in pairs:
        moved = a != b
        for old, new in zip(a[moved].tolist(), b[moved].tolist(), strict=True):
            seen.add((old, new))
    return iter(sorted(seen))


def rarest(a: Grid) -> int:
    """The least common colour of a grid, the smaller on a tie (as `least_common`)."""
    values, counts = np.unique(a, return_counts=True)
    return int(values[np.argmin(counts)])
