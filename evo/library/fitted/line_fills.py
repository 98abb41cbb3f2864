"""Background painted along lines: smears from the nearest cell behind, bridges between
foreground, L-shaped corner joins, stamps at midpoints, and lines through foreground."""

from __future__ import annotations

from itertools import permutations

import numpy as np

from dsl.types import Grid
from evo.library.fitted.checks import cellwise, fitting
from evo.library.infer import Facts
from evo.library.local import CORNERS, SIDES
from evo.library.transforms import KEEP, Transform, apply

HEADINGS = tuple((d,) for d in SIDES + CORNERS) + (SIDES, CORNERS, SIDES + CORNERS)
"""Directions a colour is smeared in: each one alone, the four sides, the four diagonals, all."""


def _canvas(f: Facts) -> str | None:
    """The input on a canvas of the output's size (grown at the bottom and right), if fixed."""
    if f.same_shape:
        return "$g"
    if f.scale is None:
        return None
    r, c = f.scale
    n = f"max(height($g) * {r - 1}, width($g) * {c - 1})"
    return f"crop(pad($g, {n}, {f.background}), {n}, {n}, height($g) * {r}, width($g) * {c})"


def smears(f: Facts) -> list[Transform]:
    """Background cells painted from the nearest other cell behind them along given directions."""
    grid = _canvas(f)
    if grid is None or not all(_grows(a, b) for a, b in f.train):
        return []
    inside = "0 <= r - k * a < height($0) and 0 <= c - k * b < width($0)"
    found = []
    for bg in (str(f.background), "most_common($0)"):
        for heading in HEADINGS:
            source = (
                f"next(($0[r - k * a, c - k * b] for k in range(1, 30) for a, b in {heading!r}"
                f" if {inside} and $0[r - k * a, c - k * b] != $1), $1)"
            )
            cell = f"$0[r, c] if $0[r, c] != $1 else {source}"
            every = "for r in range(height($0))"
            lines = (grid, bg, f"tile([[{cell} for c in range(width($0))] {every}], 1, 1)")
            found.append(Transform("smear", lines))
    return fitting(found, f.train, 2)


def _grows(a: Grid, b: Grid) -> bool:
    """Whether b holds a at its top-left, differing only on a's commonest colour and only by
    colours a has (what a smear can do)."""
    h, w = a.shape
    if b.shape[0] < h or b.shape[1] < w or not set(np.unique(b)) <= set(np.unique(a)):
        return False
    values, counts = np.unique(a, return_counts=True)
    changed = b[:h, :w] != a
    if not changed.any() and b.size == a.size:
        return False
    return bool((a[changed] == values[counts.argmax()]).all())


SPANS = (
    "any(v != {bg} for v in $g[r, :c].tolist()) and any(v != {bg} for v in $g[r, c + 1:].tolist())",
    "any(v != {bg} for v in $g[:r, c].tolist()) and any(v != {bg} for v in $g[r + 1:, c].tolist())",
)
"""Whether a cell has foreground on both sides in its row, or in its column."""


def bridges(f: Facts) -> list[Transform]:
    """Background cells between foreground in their row (or column, or either) painted."""
    if not f.same_shape:
        return []
    bg = f.background
    rows, cols = (x.format(bg=bg) for x in SPANS)
    found = []
    for n in f.new_colours:
        for test in (rows, cols, f"({rows}) or ({cols})"):
            cell = f"{n} if $g[r, c] == {bg} and {test} else $g[r, c]"
            found.append(Transform("bridge", (cellwise(cell),), KEEP))
    return fitting(found, f.train, 1)


def _singles(f: Facts) -> list[int]:
    """Colours found in exactly one cell of every train input."""
    return [c for c in f.colours if all(int((a == c).sum()) == 1 for a, _ in f.train)]


def corner_joins(f: Facts) -> list[Transform]:
    """An L-shaped line in a new colour from one single-cell colour to another (either bend)."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for a, b in permutations(_singles(f), 2):
        for n in f.new_colours:
            for corner in ("($1[0], $0[1])", "($0[0], $1[1])"):
                lines = (
                    f"find($g, {a})[0]",
                    f"find($g, {b})[0]",
                    f"line(line($g, $0, {corner}, {n}), {corner}, $1, {n})",
                    f"overlay($2, $g, {bg})",
                )
                found.append(Transform("corner join", lines, KEEP))
    return fitting(found, f.train, 1)


def midpoints(f: Facts) -> list[Transform]:
    """A stamp read off train drawn around the midpoint of a colour's two cells."""
    if not f.same_shape:
        return []
    found = []
    for x in f.colours:
        if not all(int((a == x).sum()) == 2 for a, _ in f.train):
            continue
        stamp = _midpoint_stamp(f, x)
        if not stamp:
            continue
        lines = [f"find($g, {x})", "(($0[0][0] + $0[1][0]) // 2, ($0[0][1] + $0[1][1]) // 2)"]
        for colour in sorted({v for _, _, v in stamp}):
            offsets = sorted((r, c) for r, c, v in stamp if v == colour)
            cells = f"[($1[0] + a, $1[1] + b) for a, b in {offsets!r}]"
            lines.append(
                f"fill_cells(${len(lines) - 1 if len(lines) > 2 else 'g'}, {cells}, {colour})"
            )
        found.append(Transform("midpoint stamp", tuple(lines), KEEP))
    return fitting(found, f.train, 1)


def _midpoint_stamp(f: Facts, x: int) -> set[tuple[int, int, int]]:
    """The changed cells of the first train pair, as offsets from the midpoint of x's cells."""
    a, b = f.train[0]
    (r0, c0), (r1, c1) = np.argwhere(a == x).tolist()
    mr, mc = (r0 + r1) // 2, (c0 + c1) // 2
    return {(int(r) - mr, int(c) - mc, int(b[r, c])) for r, c in np.argwhere(a != b)}


LINES_THROUGH = (
    "any(v != {bg} for v in $g[:, c].tolist())",
    "any(v != {bg} for v in $g[r, :].tolist())",
    "any(v != {bg} for v in $g[:, c].tolist() + $g[r, :].tolist())",
)
"""Whether a cell shares its column, its row, or either with foreground."""


def lines_through(f: Facts) -> list[Transform]:
    """Background cells in the columns (rows, either) of foreground painted a new colour; fit on
    the output's top-left corner, so that a tiling may follow."""
    if not f.train or any(b.shape[0] < a.shape[0] or b.shape[1] < a.shape[1] for a, b in f.train):
        return []
    bg = f.background
    found = []
    for n in f.new_colours:
        for test in LINES_THROUGH:
            cell = f"{n} if $g[r, c] == {bg} and {test.format(bg=bg)} else $g[r, c]"
            found.append(Transform("line through", (cellwise(cell),), KEEP))
    return [t for t in found if _fits_corner(t, f)][:1]


def _fits_corner(t: Transform, f: Facts) -> bool:
    """Whether the transform gives the top-left corner of every train output, input-sized."""
    for a, b in f.train:
        out = apply(t, a)
        if out is None or out.shape != a.shape or not (out == b[: a.shape[0], : a.shape[1]]).all():
            return False
    return True
