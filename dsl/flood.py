"""Connectivity on flat cell indices: the shared engine of objects and flood fills.

Python lists beat numpy scalar indexing by an order of magnitude on ARC-sized grids,
so grids are flattened once and neighbours are precomputed per shape.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

ORTHOGONAL = ((1, 0), (-1, 0), (0, 1), (0, -1))
DIAGONAL = ORTHOGONAL + ((1, 1), (1, -1), (-1, 1), (-1, -1))

Links = tuple[tuple[int, ...], ...]


@lru_cache(maxsize=512)
def links(height: int, width: int, diagonal: bool) -> Links:
    """For every flat index, the flat indices of its in-grid neighbours."""
    steps = DIAGONAL if diagonal else ORTHOGONAL
    return tuple(
        tuple(
            (r + dr) * width + c + dc
            for dr, dc in steps
            if 0 <= r + dr < height and 0 <= c + dc < width
        )
        for r in range(height)
        for c in range(width)
    )


def spread(seeds: Iterable[int], open_: list[bool], near: Links) -> list[int]:
    """Flat indices reachable from the open seeds through open cells; marks them closed."""
    stack = []
    for s in seeds:
        if open_[s]:
            open_[s] = False
            stack.append(s)
    found = []
    while stack:
        i = stack.pop()
        found.append(i)
        for j in near[i]:
            if open_[j]:
                open_[j] = False
                stack.append(j)
    return found
