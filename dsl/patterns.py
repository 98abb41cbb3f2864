"""Patterns: symmetry and periodic repetition, detected and restored."""

from __future__ import annotations

from typing import Literal

import numpy as np

from dsl.geometry import mirror
from dsl.registry import primitive
from dsl.types import Axis, Color, Grid, freeze

Line = Literal["h", "v"]


@primitive("patterns")
def is_symmetric(grid: Grid, axis: Axis) -> bool:
    """Whether the grid equals its mirror image across `axis` (see mirror)."""
    flipped = mirror(grid, axis)
    return flipped.shape == grid.shape and bool((flipped == grid).all())


@primitive("patterns")
def symmetrize(grid: Grid, axis: Axis, noise: Color) -> Grid:
    """Replace `noise` cells by their mirror cell across `axis` where that one is not noise."""
    flipped = mirror(grid, axis)
    if flipped.shape != grid.shape:
        raise ValueError("diagonal symmetry needs a square grid")
    return freeze(np.where((grid == noise) & (flipped != noise), flipped, grid))


def _consistent(grid: Grid, p: int, ignore: Color | None) -> bool:
    # Without ignored cells one shift suffices; with them, equality is not transitive
    # across an ignored cell, so every multiple of p must agree.
    shifts = [p] if ignore is None else range(p, grid.shape[1], p)
    for s in shifts:
        a, b = grid[:, :-s], grid[:, s:]
        agree = a == b
        if ignore is not None:
            agree |= (a == ignore) | (b == ignore)
        if not agree.all():
            return False
    return True


@primitive("patterns")
def period(grid: Grid, axis: Line, ignore: Color | None = None) -> int:
    """Smallest repeat length across ("h") or down ("v"), skipping `ignore` cells."""
    if axis not in ("h", "v"):
        raise ValueError(f"axis must be h or v, not {axis!r}")
    g = grid if axis == "h" else grid.T
    for p in range(1, g.shape[1]):
        if _consistent(g, p, ignore):
            return p
    return int(g.shape[1])


@primitive("patterns")
def fill_pattern(grid: Grid, noise: Color) -> Grid:
    """Repaint `noise` cells from the grid's repeating tile (periods found ignoring noise)."""
    pc, pr = period(grid, "h", noise), period(grid, "v", noise)
    rows, cols = np.indices(grid.shape)
    key = ((rows % pr) * pc + cols % pc).ravel()
    values = grid.ravel()
    known = values != noise
    counts = np.zeros((pr * pc, 10), dtype=np.int64)
    np.add.at(counts, (key[known], values[known]), 1)
    first = np.full((pr * pc, 10), values.size, dtype=np.int64)
    np.minimum.at(first, (key[known], values[known]), np.flatnonzero(known))
    rank = counts * (values.size + 1) - first  # most votes, then first seen in reading order
    best = rank.argmax(axis=1)
    fill = (~known) & (counts[key].sum(axis=1) > 0)
    return freeze(np.where(fill, best[key], values).reshape(grid.shape))
