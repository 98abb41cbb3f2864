"""Composition: making, splitting, joining and layering grids."""

from __future__ import annotations

from typing import Literal

import numpy as np

from dsl.registry import primitive
from dsl.types import Color, Grid, freeze

LogicOp = Literal["and", "or", "xor", "nor", "left", "right"]


@primitive("composition")
def canvas(color: Color, height: int, width: int) -> Grid:
    """A height x width grid filled with `color`."""
    if height < 1 or width < 1:
        raise ValueError(f"a canvas needs at least one cell, not {height}x{width}")
    return freeze(np.full((height, width), color))


@primitive("composition")
def hsplit(grid: Grid, parts: int) -> list[Grid]:
    """Cut into `parts` equal side-by-side pieces, dropping one-cell divider columns between."""
    w = grid.shape[1]
    if parts < 1:
        raise ValueError(f"parts must be at least 1, not {parts}")
    if w % parts == 0:
        size, gap = w // parts, 0
    elif (w - parts + 1) % parts == 0 and w >= 2 * parts - 1:
        size, gap = (w - parts + 1) // parts, 1
    else:
        raise ValueError(f"a width of {w} does not split into {parts} equal parts")
    return [freeze(grid[:, i * (size + gap) : i * (size + gap) + size]) for i in range(parts)]


@primitive("composition")
def vsplit(grid: Grid, parts: int) -> list[Grid]:
    """Cut into `parts` equal stacked pieces, dropping one-cell divider rows between."""
    return [freeze(p.T) for p in hsplit(freeze(grid.T), parts)]


@primitive("composition")
def partition(grid: Grid) -> list[list[Grid]]:
    """Cut along full rows and columns of one colour (divider lines) into rows of cells."""
    h, w = grid.shape
    line_colors = {int(grid[r, 0]) for r in range(h) if (grid[r] == grid[r, 0]).all()}
    line_colors &= {int(grid[0, c]) for c in range(w) if (grid[:, c] == grid[0, c]).all()}
    if not line_colors:
        return [[grid]]
    divider = min(line_colors, key=lambda v: -int(np.count_nonzero(grid == v)))
    rows = [r for r in range(h) if (grid[r] == divider).all()]
    cols = [c for c in range(w) if (grid[:, c] == divider).all()]
    return [
        [freeze(grid[r0:r1, c0:c1]) for c0, c1 in _spans(cols, w)] for r0, r1 in _spans(rows, h)
    ]


def _spans(lines: list[int], length: int) -> list[tuple[int, int]]:
    edges = [-1, *lines, length]
    return [(a + 1, b) for a, b in zip(edges, edges[1:], strict=False) if b - a > 1]


@primitive("composition")
def hconcat(left: Grid, right: Grid) -> Grid:
    """Join two grids of equal height side by side."""
    return freeze(np.hstack([left, right]))


@primitive("composition")
def vconcat(top: Grid, bottom: Grid) -> Grid:
    """Stack two grids of equal width, the first on top."""
    return freeze(np.vstack([top, bottom]))


@primitive("composition")
def overlay(base: Grid, top: Grid, transparent: Color) -> Grid:
    """Lay `top` over `base` (same shape); `transparent` cells of top let base show."""
    if base.shape != top.shape:
        raise ValueError(f"overlay needs equal shapes, not {base.shape} and {top.shape}")
    return freeze(np.where(top == transparent, base, top))


@primitive("composition")
def combine(a: Grid, b: Grid, op: LogicOp, color: Color, background: Color) -> Grid:
    """Cellwise logic on which cells are not background; true cells get `color`."""
    if a.shape != b.shape:
        raise ValueError(f"combine needs equal shapes, not {a.shape} and {b.shape}")
    x, y = a != background, b != background
    table = {
        "and": x & y,
        "or": x | y,
        "xor": x ^ y,
        "nor": ~(x | y),
        "left": x & ~y,
        "right": y & ~x,
    }
    if op not in table:
        raise ValueError(f"op must be one of {', '.join(table)}, not {op!r}")
    return freeze(np.where(table[op], color, background))
