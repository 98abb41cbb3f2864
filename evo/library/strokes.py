"""Strokes inferred from the train pairs: stamps around cells, rays to the edge, joining lines.

Each family reads which colour grows what from the train pairs (numpy, in-process) and emits
one transform painting it with `fill_cells` over cells listed by comprehensions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial

import numpy as np

from dsl.types import Grid
from evo.library.infer import Facts
from evo.library.transforms import KEEP, Transform, apply

Steps = tuple[tuple[int, int], ...]
HEADINGS: Steps = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (1, -1), (-1, 1))
OFFSETS = tuple((a, b) for a in range(-2, 3) for b in range(-2, 3) if (a, b) != (0, 0))
SPARSE = 60
"""Most cells of a colour per grid that rays and joining lines are inferred from."""

Plan = list[tuple[int, int, Steps]]
"""(source colour, paint colour, offsets or headings painted), painted in order."""


def _inside(r: str, c: str) -> str:
    return f"0 <= {r} < height($g) and 0 <= {c} < width($g)"


def _pairs(f: Facts) -> list[tuple[Grid, Grid]]:
    return [(a, b) for a, b in f.train if a.shape == b.shape] if f.same_shape else []


def _sources(f: Facts, pairs: list[tuple[Grid, Grid]], most: int) -> Iterator[int]:
    """Non-background colours with at most `most` cells in every train input."""
    for k in f.colours:
        if k != f.background and all(int((a == k).sum()) <= most for a, _ in pairs):
            yield k


def _build(family: str, plan: Plan, cells: str) -> Transform:
    """Fill, per (k, t, steps), the cells that `cells` lists (k and steps put in) in colour t."""
    lines: list[str] = []
    for k, t, steps in plan:
        grid = f"${len(lines) - 1}" if lines else "$g"
        listing = cells.replace("{k}", str(k)).replace("{steps}", repr(steps))
        lines.append(f"fill_cells({grid}, {listing}, {t})")
    return Transform(family, tuple(lines), KEEP)


def _fit(t: Transform, pairs: list[tuple[Grid, Grid]]) -> int:
    """How many train output cells the transform gets right."""
    outs = [apply(t, a) for a, _ in pairs]
    return sum(
        -1 if o is None else int((o == b).sum()) for o, (_, b) in zip(outs, pairs, strict=True)
    )


def _prune(family: str, plan: Plan, cells: str, f: Facts) -> Plan:
    """The plan less the entries (tried last first) that do not help on train."""
    pairs = _pairs(f)
    best = _fit(_build(family, plan, cells), pairs)
    for i in range(len(plan) - 1, -1, -1):
        if len(plan) > 1:
            fewer = plan[:i] + plan[i + 1 :]
            fit = _fit(_build(family, fewer, cells), pairs)
            if fit >= best:
                plan, best = fewer, fit
    return plan


def _painters(family: str, plan: Plan, cells: str, f: Facts) -> list[Transform]:
    """The pruned plan painted, then (when sources keep their colour) the same for all colours."""
    if not plan:
        return []
    plan = _prune(family, plan, cells, f)
    own = _own(plan, f.background)
    return [_build(family, p, cells) for p in (plan, own) if p]


def stamps(f: Facts) -> list[Transform]:
    """Background cells at fixed offsets from each cell of a colour, painted as train shows."""
    pairs, bg = _pairs(f), f.background
    plan: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for k in _sources(f, pairs, 900):
        for dr, dc in OFFSETS:
            seen: list[int] = []
            for a, b in pairs:
                h, w = a.shape
                rows, cols = np.nonzero(a == k)
                rr, cc = rows + dr, cols + dc
                ok = (rr >= 0) & (rr < h) & (cc >= 0) & (cc < w)
                rr, cc = rr[ok], cc[ok]
                free = a[rr, cc] == bg
                seen += b[rr[free], cc[free]].tolist()
            if len(seen) > 1 and len(set(seen)) == 1 and seen[0] != bg:
                plan.setdefault((k, seen[0]), []).append((dr, dc))
    near = _inside("r + a", "c + b") + f" and $g[r + a, c + b] == {bg}"
    cells = "[(r + a, c + b) for r, c in find($g, {k}) for a, b in {steps} if " + near + "]"
    return _painters("stamp", [(k, t, tuple(v)) for (k, t), v in plan.items()], cells, f)


def _walk(
    a: list[list[int]], r: int, c: int, step: tuple[int, int], bg: int, stop: bool
) -> Iterator[tuple[int, int]]:
    """Background cells from (r, c) along `step` to the edge, or (stop) to the first other cell."""
    h, w = len(a), len(a[0])
    r, c = r + step[0], c + step[1]
    while 0 <= r < h and 0 <= c < w:
        if a[r][c] == bg:
            yield r, c
        elif stop:
            return
        r, c = r + step[0], c + step[1]


def _between(
    a: list[list[int]], r: int, c: int, step: tuple[int, int], bg: int
) -> Iterator[tuple[int, int]]:
    """Background cells from (r, c) along `step` up to the farthest cell of the same colour."""
    h, w = len(a), len(a[0])
    line = []
    x, y = r + step[0], c + step[1]
    while 0 <= x < h and 0 <= y < w:
        line.append((x, y))
        x, y = x + step[0], y + step[1]
    ends = [i for i, (x, y) in enumerate(line) if a[x][y] == a[r][c]]
    for x, y in line[: ends[-1]] if ends else []:
        if a[x][y] == bg:
            yield x, y


def _paint(values: list[int], bg: int, strict: bool, own: int) -> int | None:
    """The colour the listed output cells take, if they agree (or, unless strict, mostly do
    and none stays background)."""
    if not values:
        return None
    counts = Counter(values)
    t = max(counts, key=lambda v: (counts[v], v == own, -v))
    n = counts[t]
    if t == bg or (strict and n < len(values)) or bg in values or 2 * n < len(values):
        return None
    return t


def _infer(
    f: Facts, strict: bool, cells: Callable[..., Iterator[tuple[int, int]]], headings: Steps
) -> Plan:
    """Per source colour and heading, the colour its listed cells take in the train outputs;
    sources whose cells other strokes overwrite come first, so that those win."""
    pairs, bg = _pairs(f), f.background
    plan: list[tuple[int, int, int, tuple[int, int]]] = []
    for k in _sources(f, pairs, SPARSE):
        for step in headings:
            values = []
            for a, b in pairs:
                grid = a.tolist()
                for r, c in zip(*np.nonzero(a == k), strict=True):
                    values += [int(b[x, y]) for x, y in cells(grid, int(r), int(c), step, bg)]
            t = _paint(values, bg, strict, k)
            if t is not None:
                plan.append((-sum(v != t for v in values), k, t, step))
    merged: Plan = []
    for _, k, t, step in sorted(plan):
        if merged and merged[-1][:2] == (k, t):
            merged[-1] = (k, t, (*merged[-1][2], step))
        else:
            merged.append((k, t, (step,)))
    return merged


def _own(plan: Plan, bg: int) -> Plan:
    """The plan's headings for every colour, when each source paints in its own colour."""
    if not plan or any(k != t for k, t, _ in plan):
        return []
    steps = dict.fromkeys(s for _, _, found in plan for s in found)
    return [(k, k, (s,)) for s in steps for k in range(10) if k != bg]


HEAD = "[(r + i * a, c + i * b) for r, c in find($g, {k}) for a, b in {steps} "
TAIL = "for i in range(1, {end}) if {inside} and $g[r + i * a, c + i * b] == {bg}]"
AT_I, AT_J = _inside("r + i * a", "c + i * b"), _inside("r + j * a", "c + j * b")


def rays(f: Facts) -> list[Transform]:
    """Rays from cells of a colour to the edge (or to the first obstacle), as train shows."""
    bg = f.background
    found = []
    for stop in (False, True):
        end = "31"
        if stop:
            free = f"{AT_J} and $g[r + j * a, c + j * b] == {bg}"
            end = f"next((j for j in range(1, 31) if not ({free})), 31)"
        cells = HEAD + TAIL.replace("{end}", end).replace("{inside}", AT_I)
        plan = _infer(f, stop, partial(_walk, stop=stop), HEADINGS)
        found += _painters("ray", plan, cells.replace("{bg}", str(bg)), f)
    return found


def joins(f: Facts) -> list[Transform]:
    """Lines joining cells of one colour that share a row, column or diagonal."""
    far = f"max([j for j in range(1, 31) if {AT_J} and $g[r + j * a, c + j * b] == {{k}}] or [1])"
    cells = HEAD + TAIL.replace("{end}", far).replace("{inside}", AT_I)
    plan = _infer(f, False, _between, HEADINGS[::2])
    return _painters("join", plan, cells.replace("{bg}", str(f.background)), f)
