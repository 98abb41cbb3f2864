"""Families that repaint cells in place, as the train pairs show: inside another colour's box,
in the nearest other colour, or by a table of colour and position."""

from __future__ import annotations

import numpy as np

from dsl.types import Grid
from evo.library.fitted.checks import fits, fitting
from evo.library.fitted.pair_reading import SPARSE, changed_colours, same_pairs
from evo.library.infer import Facts
from evo.library.local import table_rule
from evo.library.transforms import KEEP, Transform


def box_recolours(f: Facts) -> list[Transform]:
    """Cells of one colour inside the box of another colour's cells repainted, as train shows."""
    pairs, bg = same_pairs(f), f.background
    changes = list(changed_colours(pairs))
    if len(changes) != 1:
        return []
    old, new = changes[0]
    found = []
    for x in f.colours:
        if x in (bg, old) or not all(x in a for a, _ in pairs):
            continue
        box = f"bbox(from_grid(only($g, {x}, {bg}), {bg}))"
        span = "for r in range(t, t + h) for c in range(l, l + w)"
        cells = f"[(r, c) for t, l, h, w in [{box}] {span} if $g[r, c] == {old}]"
        t = Transform("box recolour", (f"fill_cells($g, {cells}, {new})",), KEEP)
        if fits(t, pairs):
            found.append(t)
    return found


def nearest_recolours(f: Facts) -> list[Transform]:
    """Cells of one colour repainted in the colour of the nearest cell of another colour."""
    pairs, bg = same_pairs(f), f.background
    olds = {old for old, _ in changed_colours(pairs)}
    if len(olds) != 1 or bg in olds:
        return []
    k = olds.pop()
    if not all(0 < int((a == k).sum()) <= SPARSE for a, _ in pairs):
        return []
    every = "y in range(height($g)) for x in range(width($g))"
    found = []
    for metric in ("abs(r - y) + abs(c - x)", "max(abs(r - y), abs(c - x))"):
        near = f"min(({metric}, $g[y, x]) for {every} if $g[y, x] not in ({bg}, {k}))[1]"
        lines = [f"[({near}, r, c) for r, c in find($g, {k})[:{SPARSE}]]"]
        for t in range(10):
            if t != k:
                grid = f"${len(lines) - 1}" if len(lines) > 1 else "$g"
                cells = f"[(r, c) for n, r, c in $0 if n == {t}]"
                lines.append(f"fill_cells({grid}, {cells}, {t})")
        found.append(Transform("nearest recolour", tuple(lines), KEEP))
    return fitting(found, pairs, 1)


PLACES = (
    "r == c",
    "r + c == width($g) - 1",
    "r == 0",
    "r == height($g) - 1",
    "c == 0",
    "c == width($g) - 1",
)
"""Where a cell lies: on a diagonal, or on the first or last row or column."""


def _places(a: Grid) -> list[tuple[int, ...]]:
    """Each cell's key, reading order: its colour, then whether it lies on each of PLACES."""
    h, w = a.shape
    r, c = np.indices(a.shape)
    marks = [r == c, r + c == w - 1, r == 0, r == h - 1, c == 0, c == w - 1]
    columns = [a.ravel().tolist()] + [m.ravel().astype(int).tolist() for m in marks]
    return [tuple(k) for k in zip(*columns, strict=True)]


def positions(f: Facts) -> list[Transform]:
    """Cells painted by a table from their colour and where they lie (diagonals, edges)."""
    pairs = same_pairs(f)
    table: dict[tuple[int, ...], int] = {}
    times: dict[tuple[int, ...], int] = {}
    for a, b in pairs:
        for key, out in zip(_places(a), b.ravel().tolist(), strict=True):
            if table.setdefault(key, out) != out:
                return []
            times[key] = times.get(key, 0) + 1
    changed = {k: v for k, v in table.items() if v != k[0]}
    if not changed or any(times[k] < 2 for k in changed):
        return []
    cell_key = "($g[r, c], " + ", ".join(f"int({p})" for p in PLACES) + ")"
    return [table_rule("position rule", cell_key, changed)]
