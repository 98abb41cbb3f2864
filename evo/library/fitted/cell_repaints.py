"""Same-size outputs that repaint cells in place: stripe majorities, kept centre lines, two-colour
swaps, neighbour-colour tables, half-object recolours, aligned recolours, template pastes."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from dsl.types import Grid
from evo.library.fitted.checks import cellwise, fits, fitting
from evo.library.infer import Facts, colour_map
from evo.library.local import SIDES, table_rule
from evo.library.transforms import KEEP, Transform, apply


def stripes(f: Facts) -> list[Transform]:
    """Every row (or column, whichever changes fewer cells) painted its most common colour."""
    if not f.same_shape or not all(_striped(b) for _, b in f.train):
        return []
    rows = cellwise("most_common(crop($g, r, 0, 1, width($g)))")
    cols = cellwise("most_common(crop($g, 0, c, height($g), 1))")
    both = (rows, cols, "$0 if ($0 != $g).sum() <= ($1 != $g).sum() else $1")
    found = [
        Transform("stripes", (rows,), KEEP),
        Transform("stripes", (cols,), KEEP),
        Transform("stripes", both, KEEP),
    ]
    return fitting(found, f.train, 1)


def _striped(b: Grid) -> bool:
    """Whether every row, or every column, of the grid is one colour."""
    return bool((b == b[:, :1]).all() or (b == b[:1, :]).all())


def centre_lines(f: Facts) -> list[Transform]:
    """Only the middle column, the middle row, or both kept; the rest background."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for keep in (
        "c == width($g) // 2",
        "r == height($g) // 2",
        "r == height($g) // 2 or c == width($g) // 2",
    ):
        found.append(Transform("centre line", (cellwise(f"$g[r, c] if {keep} else {bg}"),), KEEP))
    return fitting(found, f.train, 1)


def swaps(f: Facts) -> list[Transform]:
    """Each grid's two colours exchanged, when a colour map then gives every train output."""
    if not f.same_shape or any(len(np.unique(a)) != 2 for a, _ in f.train):
        return []
    swap = Transform(
        "colour swap", ("map_colors($g, dict(zip(palette($g), palette($g)[::-1])))",), KEEP
    )
    outs = [apply(swap, a) for a, _ in f.train]
    if any(o is None for o in outs):
        return []
    if colour_map(outs, [b for _, b in f.train]) is None and not fits(swap, f.train):  # type: ignore[arg-type]
        return []
    return [swap]


def _neighbour_key(a: Grid, r: int, c: int, bg: int) -> tuple[int, tuple[int, ...]]:
    """A cell's colour and the sorted distinct non-background colours beside it."""
    h, w = a.shape
    near = {int(a[r + x, c + y]) for x, y in SIDES if 0 <= r + x < h and 0 <= c + y < w}
    return int(a[r, c]), tuple(sorted(near - {bg}))


def neighbour_rules(f: Facts) -> list[Transform]:
    """Cells recoloured by a table from their colour and the colours beside them."""
    if not f.same_shape or not f.train:
        return []
    bg = f.background
    table: dict[tuple[int, tuple[int, ...]], int] = {}
    seen: defaultdict[tuple[int, tuple[int, ...]], int] = defaultdict(int)
    for a, b in f.train:
        for r in range(a.shape[0]):
            for c in range(a.shape[1]):
                key = _neighbour_key(a, r, c, bg)
                seen[key] += 1
                if table.setdefault(key, int(b[r, c])) != int(b[r, c]):
                    return []
    changed = {k: v for k, v in table.items() if v != k[0]}
    if not changed or any(seen[k] < 2 for k in changed):
        return []
    near = (
        f"tuple(sorted({{$g[r + x, c + y] for x, y in {SIDES!r} if 0 <= r + x < height($g)"
        f" and 0 <= c + y < width($g)}} - {{{bg}}}))"
    )
    return [table_rule("neighbour rule", f"($g[r, c], {near})", changed)]


HALVES = ("r >= t + h - h // 2", "r < t + h // 2", "c >= l + w - w // 2", "c < l + w // 2")
"""The far half of an object's box: bottom, top, right, left (the middle row or column left)."""


def half_recolours(f: Facts) -> list[Transform]:
    """One half of every object painted in a new colour."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for n in f.new_colours:
        for half in HALVES:
            cells = (
                f"[(r, c) for o in objects($g, {bg}) for t, l, h, w in [bbox(o)]"
                f" for r, c in cells(o) if {half}]"
            )
            found.append(Transform("half recolour", (f"fill_cells($g, {cells}, {n})",), KEEP))
    return fitting(found, f.train, 1)


def aligned_recolours(f: Facts) -> list[Transform]:
    """Objects of a vanishing colour painted the one other colour seen in their columns (rows)."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for x in f.gone_colours:
        for span in ("$g[:, l:l + w]", "$g[t:t + h, :]"):
            pick = f"min(set({span}.ravel().tolist()) - {{{bg}, {x}}} or {{{x}}})"
            lines = (
                f"[o for o in objects($g, {bg}) if color(o) == {x}]",
                f"[recolor(o, {pick}) for o in $0 for t, l, h, w in [bbox(o)]]",
                "{(r, c): v for o in $1 for r, c, v in o.cells}",
                cellwise("$2.get((r, c), $g[r, c])"),
            )
            found.append(Transform("aligned recolour", lines, KEEP))
    return fitting(found, f.train, 1)


def template_pastes(f: Facts) -> list[Transform]:
    """Objects of a vanishing colour replaced by the picture drawn in the other colours."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for x in f.gone_colours:
        lines = (
            f"trim(replace($g, {x}, {bg}), {bg})",
            f"[o for o in objects($g, {bg}) if color(o) == {x}]",
            "{(r, c): $0[r - t, c - l] for o in $1 for t, l, h, w in [bbox(o)]"
            " for r, c in cells(o)}",
            cellwise("$2.get((r, c), $g[r, c])"),
        )
        found.append(Transform("template paste", lines, KEEP))
    return fitting(found, f.train, 1)
