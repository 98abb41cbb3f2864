"""Families for grids divided into panels by full lines: panels painted by position, the
fullest panel kept, and the first panel's cells copied into every panel."""

from __future__ import annotations

import numpy as np

from dsl.types import Grid
from evo.library.fitted.checks import fits, fitting
from evo.library.fitted.pair_reading import changed_colours, same_pairs
from evo.library.infer import Facts
from evo.library.transforms import KEEP, Transform


def _dividers(a: Grid) -> int | None:
    """The colour of the full rows and full columns that divide the grid, if both exist."""
    rows = {int(r[0]) for r in a if (r == r[0]).all()}
    cols = {int(c[0]) for c in a.T if (c == c[0]).all()}
    both = rows & cols
    return both.pop() if len(both) == 1 else None


def _bands(line: np.ndarray) -> np.ndarray:
    """Per index, how many divider indices come before it."""
    return np.cumsum(line) - line


def panel_paints(f: Facts) -> list[Transform]:
    """The panels of a divided grid painted by their (row, column) position, as train shows."""
    pairs = same_pairs(f)
    if not pairs:
        return []
    colours = {_dividers(a) for a, _ in pairs}
    if len(colours) != 1 or None in colours:
        return []
    d = colours.pop()
    table: dict[tuple[int, int], int] = {}
    for a, b in pairs:
        rows = _bands((a == d).all(axis=1).astype(int))
        cols = _bands((a == d).all(axis=0).astype(int))
        for r, c in zip(*np.nonzero(a != b), strict=True):
            key = (int(rows[r]), int(cols[c]))
            if table.setdefault(key, int(b[r, c])) != b[r, c]:
                return []
    lines = [
        f"[r for r in range(height($g)) if all($g[r, x] == {d} for x in range(width($g)))]",
        f"[c for c in range(width($g)) if all($g[y, c] == {d} for y in range(height($g)))]",
    ]
    panel_key = "(sum(q < r for q in $0), sum(q < c for q in $1))"
    every = "(r, c) for r in range(height($g)) for c in range(width($g))"
    for t in sorted(set(table.values())):
        keys = sorted(k for k, v in table.items() if v == t)
        grid = f"${len(lines) - 1}" if len(lines) > 2 else "$g"
        cells = f"[{every} if $g[r, c] != {d} and {panel_key} in {keys!r}]"
        lines.append(f"fill_cells({grid}, {cells}, {t})")
    found = Transform("panel paint", tuple(lines), KEEP)
    return [found] if fits(found, pairs) else []


def divider_colour() -> str:
    """An expression for the colour of the grid's first full row, -1 if it has none."""
    full = "all($g[r, x] == $g[r, 0] for x in range(width($g)))"
    return f"next((int($g[r, 0]) for r in range(height($g)) if {full}), -1)"


def fullest_panels(f: Facts) -> list[Transform]:
    """In a divided grid, the panels holding the most (or fewest) marked cells filled with
    their colour and the others cleared."""
    pairs, bg = same_pairs(f), f.background
    colours = {_dividers(a) for a, _ in pairs}
    if len(colours) != 1 or None in colours:
        return []
    d = colours.pop()
    every = "r in range(height($g)) for c in range(width($g))"
    panel = "(sum(q < r for q in $0), sum(q < c for q in $1))"
    found = []
    for pick in ("max", "min"):
        lines = (
            f"[r for r in range(height($g)) if all($g[r, x] == {d} for x in range(width($g)))]",
            f"[c for c in range(width($g)) if all($g[y, c] == {d} for y in range(height($g)))]",
            f"{{(r, c): {panel} for {every} if $g[r, c] != {d}}}",
            f"{{k: sum($g[p] != {bg} for p, q in $2.items() if q == k) for k in set($2.values())}}",
            f"{{k: max(($g[p] for p, q in $2.items() if q == k), key=lambda v: v != {bg})"
            " for k in $3}",
            f"Object(frozenset((r, c, $4[k] if $3[k] == {pick}($3.values()) else {bg})"
            " for (r, c), k in $2.items()))",
            "paint($g, $5)",
        )
        found.append(Transform("fullest panel", lines, KEEP))
    return fitting(found, pairs, 1)


def panel_templates(f: Facts) -> list[Transform]:
    """In a grid of equal panels, the cells the first panel fills painted in every panel where
    they are background, in the divider colour or the one colour train shows."""
    pairs, bg = same_pairs(f), f.background
    dividers = [_dividers(a) for a, _ in pairs]
    if not pairs or None in dividers:
        return []
    news = {new for old, new in changed_colours(pairs)}
    paints = [str(news.pop())] if len(news) == 1 else []
    if all(
        {n for _, n in changed_colours([p])} == {d} for p, d in zip(pairs, dividers, strict=True)
    ):
        paints.append("$0")
    starts = "[0] + [q + 1 for q in $1 if q + 1 < {n}]"
    head = (
        divider_colour(),
        "[r for r in range(height($g)) if all($g[r, x] == $0 for x in range(width($g)))]",
        "[c for c in range(width($g)) if all($g[y, c] == $0 for y in range(height($g)))]",
        starts.format(n="height($g)"),
        starts.replace("$1", "$2").format(n="width($g)"),
        "[(r, c, max(y for y in $3 if y <= r), max(x for x in $4 if x <= c))"
        " for r in range(height($g)) for c in range(width($g))]",
        f"[(r, c) for r, c, y, x in $5 if $g[r, c] == {bg} and r not in $1 and c not in $2"
        f" and $g[r - y, c - x] not in ({bg}, $0)]",
    )
    found = [Transform("panel template", (*head, f"fill_cells($g, $6, {t})"), KEEP) for t in paints]
    return fitting(found, pairs, 1)
