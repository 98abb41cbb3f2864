"""Families that restore or complete shapes by mirror symmetry: across off-centre axes, inside
the box of the non-background cells, or across a shape's own best axis."""

from __future__ import annotations

import numpy as np

from dsl.types import Grid
from evo.library.fitted.checks import Pairs, fits, fitting
from evo.library.fitted.pair_reading import same_pairs
from evo.library.infer import Facts
from evo.library.transforms import KEEP, Transform


def _axis(a: Grid, noise: int) -> int | None:
    """The index sum s (cell i mirrors cell s - i) along axis 0 with the most agreeing pairs
    of non-noise cells and no disagreeing one, if some s has a good many."""
    n = a.shape[0]
    best, where = 0, None
    for s in range(n // 2, 2 * n - 2 - n // 2 + 1):
        lo, hi = max(0, s - n + 1), min(n - 1, s)
        rows = np.arange(lo, hi + 1)
        x, y = a[rows], a[s - rows]
        both = (x != noise) & (y != noise)
        if (x[both] != y[both]).any():
            continue
        if int(both.sum()) > best:
            best, where = int(both.sum()), s
    return where if best >= a.size // 4 else None


def _pads(pairs: Pairs, noise: int) -> tuple[int, int, int, int] | None:
    """Rows or columns (top, bottom, left, right) to add so that each input's mirror axes
    are central, when they are the same for every pair."""
    seen = set()
    for a, _ in pairs:
        rs, cs = _axis(a, noise), _axis(a.T, noise)
        if rs is None or cs is None:
            return None
        h, w = a.shape
        seen.add((max(0, h - 1 - rs), max(0, rs - h + 1), max(0, w - 1 - cs), max(0, cs - w + 1)))
    return seen.pop() if len(seen) == 1 else None


def offset_symmetries(f: Facts) -> list[Transform]:
    """Noise cells restored from their mirror images across off-centre axes read off train."""
    pairs = same_pairs(f)
    for noise in f.gone_colours:
        pads = _pads(pairs, noise)
        if pads is None or not any(pads):
            continue
        top, bottom, left, right = pads
        p = max(pads)
        grown = (
            f"crop(pad($g, {p}, {noise}), {p - top}, {p - left}, "
            f"height($g) + {top + bottom}, width($g) + {left + right})"
        )
        back = f"crop($3, {top}, {left}, height($g), width($g))"
        lines = [grown, f"symmetrize($0, 'h', {noise})", f"symmetrize($1, 'v', {noise})"]
        square = f"symmetrize($2, 'd', {noise}) if height($2) == width($2) else $2"
        for t in (
            Transform("offset symmetry", (*lines, "$2", back), KEEP),
            Transform("offset symmetry", (*lines, square, back), KEEP),
        ):
            if fits(t, pairs):
                return [t]
    return []


SYMMETRIES = (("h", "v", "d"), ("h", "v"), ("d",), ("h",), ("v",))
"""Mirror axes an object's box is completed under, richest first."""


def box_symmetries(f: Facts) -> list[Transform]:
    """The box of all non-background cells completed by mirror symmetry, optionally after
    erasing a colour, which train outputs lack, that covers part of it."""
    pairs, bg = same_pairs(f), f.background
    if not pairs:
        return []
    found = []
    starts = [("$g",)] + [(f"replace($g, {c}, {bg})",) for c in f.gone_colours]
    for start in starts:
        grid = "$0" if start != ("$g",) else "$g"
        head = [*([] if grid == "$g" else list(start)), f"bbox(from_grid({grid}, {bg}))"]
        box = f"${len(head) - 1}"
        head.append(f"crop({grid}, *{box})")
        for axes in SYMMETRIES:
            lines = list(head)
            for a in axes:
                lines.append(f"symmetrize(${len(lines) - 1}, {a!r}, {bg})")
            lines.append(f"paint({grid}, from_grid(${len(lines) - 1}, {bg}, {box}[0], {box}[1]))")
            t = Transform("box symmetry", tuple(lines), KEEP)
            if fits(t, pairs):
                found.append(t)
    return found[:2]


def _completion(start: str, bg: int, across: bool) -> Transform:
    """Lines mirroring every non-background cell of `start` across the column (across) or
    row axis that makes the most cells meet their mirror image and none clash with it."""
    image, cell, side = ("(r, s - c)", "(r, $3 - c, v)", "width($g)")
    if not across:
        image, cell, side = ("(s - r, c)", "($3 - r, c, v)", "height($g)")
    every = "r in range(height($g)) for c in range(width($g))"
    fits = f"all($2.get({image}, v) == v for r, c, v in $1)"
    meets = f"sum({image} in $2 for r, c, v in $1)"
    lines = (
        start,
        f"[(r, c, int($0[r, c])) for {every} if $0[r, c] != {bg}]",
        "{(r, c): v for r, c, v in $1}",
        f"max(range(2 * {side} - 1), key=lambda s: ({fits}, {meets}))",
        f"paint($0, Object(frozenset({cell} for r, c, v in $1)))",
    )
    return Transform("mirror completion", lines, KEEP)


def completions(f: Facts) -> list[Transform]:
    """Shapes completed by mirroring across their own best axis, optionally after erasing the
    rarest colour (one covering part of the shape)."""
    pairs, bg = same_pairs(f), f.background
    if not pairs:
        return []
    found = []
    for start in ("$g", f"replace($g, least_common($g), {bg})"):
        for across in (True, False):
            found.append(_completion(start, bg, across))
    return fitting(found, pairs, 2)
