"""Small outputs read off counts in the input: a fixed grid looked up by a count, a colour per
panel by its count, the colours in band order, and a colour key painted onto a mask."""

from __future__ import annotations

from collections import Counter

import dsl
from dsl.types import Grid
from evo.library.fitted.checks import fitting
from evo.library.infer import Facts
from evo.library.transforms import ANY, FAILURES, SHRINK, Transform, evaluate


def _cells(grid: Grid, bg: int) -> tuple[tuple[int, int, int], ...]:
    """The non-background cells of a grid as sorted (row, col, colour) triples."""
    h, w = grid.shape
    return tuple((r, c, int(grid[r, c])) for r in range(h) for c in range(w) if grid[r, c] != bg)


def _majority(grids: list[Grid]) -> int:
    """The most common colour over the grids."""
    counts = [sum(int((g == k).sum()) for g in grids) for k in range(10)]
    return max(range(10), key=lambda k: counts[k])


FEATURES = (
    "len(palette($g))",
    "height($g) * width($g) - count_color($g, {bg})",
    "len(objects($g, {bg}, False, False))",
    "len(objects($g, {bg}, True, True))",
)
"""Counts of an input that may pick which fixed output it gets."""


def _value(feature: str, grid: Grid) -> int | None:
    """The integer a DSL expression of `$g` takes on the grid, None when it fails."""
    try:
        return int(evaluate((feature,), grid))
    except FAILURES:
        return None


def _table(f: Facts, feature: str) -> dict[int, Grid] | None:
    """Each value of the feature to its one train output, when values repeat and agree."""
    table: dict[int, Grid] = {}
    for a, b in f.train:
        key = _value(feature, a)
        if key is None or (key in table and not (table[key] == b).all()):
            return None
        table[key] = b
    return table if len(table) < len(f.train) else None


def lookups(f: Facts) -> list[Transform]:
    """A fixed output chosen by a count of the input (colours, cells, objects), as train pairs
    with repeated counts show."""
    if f.out_shape is None or len(f.train) < 3 or f.out_shape == (1, 1):
        return []
    h, w = f.out_shape
    bg = _majority([b for _, b in f.train])
    found = []
    for feature in FEATURES:
        expr = feature.format(bg=f.background)
        table = _table(f, expr)
        if table is None:
            continue
        cells = {k: _cells(v, bg) for k, v in sorted(table.items())}
        draw = f"paint(canvas({bg}, {h}, {w}), Object(frozenset({cells!r}[$0])))"
        found.append(Transform("lookup", (expr, draw), ANY))
    return fitting(found, f.train, 1)


def colour_orders(f: Facts) -> list[Transform]:
    """The input's colours in one row (or column) in the order their bands run across it."""
    if not f.train or any(min(b.shape) != 1 for _, b in f.train):
        return []
    found = []
    for skip in ((), (f.background,)):
        means = (
            "[(sum(x for _, x in find($g, c)) / count_color($g, c),"
            " sum(y for y, _ in find($g, c)) / count_color($g, c), c)"
            f" for c in palette($g) if c not in {skip!r}]"
        )
        spread = "max(t[{i}] for t in $0) - min(t[{i}] for t in $0)"
        wide = f"{spread.format(i=0)} >= {spread.format(i=1)}"
        order = "[c for _, c in sorted(((a if $1 else b), c) for a, b, c in $0)]"
        draw = (
            "paint(canvas(0, 1 if $1 else len($2), len($2) if $1 else 1), Object(frozenset("
            "((0, i, c) if $1 else (i, 0, c)) for i, c in enumerate($2))))"
        )
        found.append(Transform("colour order", (means, wide, order, draw), SHRINK))
    return fitting(found, f.train, 1)


PANELS = (
    "(height(p) * width(p), i, p) for i, p in enumerate(x for row in partition($g) for x in row)"
)


KEYS_AND_MASKS = (
    ("$g[:: height($g) - 1, :: width($g) - 1]", "crop($g, 2, 2, height($g) - 4, width($g) - 4)"),
    (f"min({PANELS})[2]", f"max({PANELS})[2]"),
)
"""Where a small colour key and the mask it paints lie: the corners around a framed middle,
or the smallest and largest panels of a divided grid."""


def key_masks(f: Facts) -> list[Transform]:
    """A mask's cells painted from its key blown up to the mask's size."""
    if f.same_shape or not f.train:
        return []
    bg = _majority([b for _, b in f.train])
    found = []
    for key, mask in KEYS_AND_MASKS:
        lines = (
            key,
            mask,
            "upscale($0, height($1) // height($0))",
            f"$2 * ($1 != {bg}) + {bg} * ($1 == {bg})",
        )
        found.append(Transform("key mask", lines, SHRINK))
    return fitting(found, f.train, 1)


def _count_table(f: Facts, k: int) -> dict[int, int] | None:
    """Each count of colour k in a panel to the panel's output cell, when every train grid
    has several panels, the counts agree and each shows twice."""
    table: dict[int, int] = {}
    times: Counter[int] = Counter()
    for a, b in f.train:
        panels = dsl.partition(a)
        if not panels or (len(panels), len(panels[0])) != b.shape or b.size < 2:
            return None
        for i, row in enumerate(panels):
            for j, panel in enumerate(row):
                n = dsl.count_color(panel, k)
                times[n] += 1
                if table.setdefault(n, int(b[i, j])) != b[i, j]:
                    return None
    if len(set(table.values())) < 2 or min(times.values()) < 2:
        return None
    return table


def panel_counts(f: Facts) -> list[Transform]:
    """A cell per divided panel, its colour looked up from how many cells of a colour it has."""
    if f.same_shape or not f.train:
        return []
    found = []
    for k in f.colours:
        table = _count_table(f, k)
        if table is None:
            continue
        draw = (
            "paint(canvas(0, len($0), len($0[0])), Object(frozenset("
            f"(i, j, {table!r}[count_color(p, {k})])"
            " for i, row in enumerate($0) for j, p in enumerate(row))))"
        )
        found.append(Transform("panel count", ("partition($g)", draw), SHRINK))
    return fitting(found, f.train, 1)
