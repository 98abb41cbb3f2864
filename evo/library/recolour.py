"""Objects, or the cells inside, in the box of or around them, recoloured (or erased) by a
property (size, size rank, height, holes, shape count, border contact...) through a table read
off the train pairs."""

from __future__ import annotations

from collections import Counter
from typing import Any

from dsl.types import Grid
from evo.library.infer import Facts
from evo.library.parts import CONNECTIVITY
from evo.library.transforms import KEEP, Transform, evaluate

KEEP_COLOUR = -1
"""Table entry for objects that stay as they are."""
CROWD = 40
"""Most objects per grid for which tables are read."""

FEATURES = (
    "size(o)",
    "sorted({size(p) for p in $0}, reverse=True).index(size(o))",
    "sorted({size(p) for p in $0}).index(size(o))",
    "(size(o) == max(size(p) for p in $0)) - (size(o) == min(size(p) for p in $0))",
    "bbox(o)[2]",
    "bbox(o)[3]",
    "touches_border(o, $g)",
    "size(o) == bbox(o)[2] * bbox(o)[3]",
    "count_color(fill_enclosed(subgrid(o, {bg}), {x}, {bg}), {x})"
    " - count_color(subgrid(o, {bg}), {x})",
    "[normalize(recolor(p, 0)) for p in $0].count(normalize(recolor(o, 0)))",
    "len(palette(subgrid(o, {bg})))",
    "color(o)",
    "min(palette(subgrid(o, {bg})), key=lambda c: count_color(subgrid(o, {bg}), c))",
)
"""Object properties as expressions of `o`, the list `$0` of objects and the grid `$g`."""
PAINTS = FEATURES[-2:]
"""Features that are colours, which an object may be painted in."""


REGIONS = (
    "cells(o)",
    "[x for s in [set(cells(o))] for x in s if all((x[0] + a, x[1] + b) in s for a, b in {near})]",
    "[(r, c) for t, l, h, w in [bbox(o)] for r in range(t, t + h) for c in range(l, l + w)"
    " if $g[r, c] == {bg}]",
    "[(r + a, c + b) for r, c in cells(o) for a in (-1, 0, 1) for b in (-1, 0, 1)"
    " if 0 <= r + a < height($g) and 0 <= c + b < width($g) and $g[r + a, c + b] == {bg}]",
)
"""Cells painted per object: its own, its inside (not on its rim), the background in its box,
the background around it."""
NEAR = ((1, 0), (-1, 0), (0, 1), (0, -1))


def _targets(regions: list[list[tuple[int, int]]], a: Grid, b: Grid) -> list[int] | None:
    """Each region's one colour in the output (KEEP_COLOUR if unchanged), None if one has two."""
    found = []
    for cells in regions:
        after = {int(b[r, c]) for r, c in cells}
        if all(b[r, c] == a[r, c] for r, c in cells):
            found.append(KEEP_COLOUR)
        elif len(after) == 1:
            found.append(after.pop())
        else:
            return None
    return found


Observed = list[tuple[list[Any], list[int]]]
"""Per train pair, the objects and the colour each one's region takes."""


def _observe(listing: str, region: str, f: Facts) -> Observed | None:
    """The objects and region colours of every train pair, None if a region is not uniform."""
    seen = []
    for a, b in f.train:
        objs = evaluate((listing,), a)
        if objs is None or len(objs) > CROWD:
            return None
        regions = evaluate((listing, f"[{region} for o in $0]"), a)
        if regions is None:
            return None
        targets = _targets(regions, a, b)
        if targets is None:
            return None
        seen.append((objs, targets))
    return seen if any(t != KEEP_COLOUR for _, ts in seen for t in ts) else None


def _table(listing: str, feature: str, seen: Observed, f: Facts) -> dict[Any, int] | None:
    """Feature value to region colour over all train objects, None when they disagree or when
    a value painted in a colour other than the default was seen only once."""
    table: dict[Any, int] = {}
    times: Counter[Any] = Counter()
    for (a, _), (_, targets) in zip(f.train, seen, strict=True):
        values = evaluate((listing, f"[{feature} for o in $0]"), a)
        if values is None:
            return None
        for v, t in zip(values, targets, strict=True):
            if table.setdefault(v, t) != t:
                return None
            times[v] += 1
    counts = Counter(table.values())
    default, n = counts.most_common(1)[0]
    lone = [v for v, t in table.items() if times[v] < 2 and t not in (KEEP_COLOUR, v)]
    return None if any(table[v] != default or n < 2 for v in lone) else table


def _transform(
    listing: str, feature: str, region: str, table: dict[Any, int], bg: int, paints: bool
) -> Transform:
    """Lines painting each object's region the colour its feature value maps to; unlisted
    values take the colour most values map to when two or more do, else stay (every colour
    keeps its own when the table maps colours to themselves)."""
    counts = Counter(table.values())
    default, n = counts.most_common(1)[0]
    lines = [listing, f"[{feature} for o in $0]"]
    if paints and all(k == v for k, v in table.items() if v != KEEP_COLOUR):
        table = {c: table.get(c, c) for c in range(10) if c != bg}
        counts, n = Counter(table.values()), 1
    for t in sorted(counts):
        if t == KEEP_COLOUR:
            continue
        if t == default and n > 1:
            others = tuple(sorted(k for k, v in table.items() if v != t))
            test = f"v not in {others!r}"
        else:
            test = f"v in {tuple(sorted(k for k, v in table.items() if v == t))!r}"
        cells = f"[x for o, v in zip($0, $1) if {test} for x in {region}]"
        lines.append(f"fill_cells(${len(lines) - 1 if len(lines) > 2 else 'g'}, {cells}, {t})")
    return Transform("object recolour", tuple(lines), KEEP)


def recolours(f: Facts) -> list[Transform]:
    """Objects (or the cells inside, in the box of, or around them) painted by a table from
    one of their properties to colours, read off train; shorter tables first."""
    if not f.same_shape:
        return []
    bg = f.background
    settings = [(f"objects($g, {bg}, {d}, {m})", r) for d, m in CONNECTIVITY for r in REGIONS[:1]]
    settings += [(f"objects($g, {bg}, False, False)", r) for r in REGIONS[1:]]
    settings += [(f"objects($g, {bg}, True, True)", r) for r in REGIONS[1:]]
    groups = f"[from_grid(only($g, c, {bg}), {bg}) for c in palette($g) if c != {bg}]"
    settings += [(groups, r) for r in REGIONS[1:]]
    holes = f"[o for o in objects($g, 10, False, False) if color(o) == {bg}"
    settings.append((holes + " and not touches_border(o, $g)]", REGIONS[0]))
    inputs = [a for a, _ in f.train]
    for c in f.colours:
        if c != bg and all(c in a for a in inputs):
            settings.append((f"objects($g, {c}, False, False)", REGIONS[0]))
    observed = []
    for listing, region in settings:
        region = region.replace("{bg}", str(bg)).replace("{near}", repr(NEAR))
        seen = _observe(listing, region, f)
        if seen is not None:
            observed.append((listing, region, seen))
    found = []
    for template in FEATURES:
        feature = template.replace("{bg}", str(bg)).replace("{x}", str((bg + 1) % 10))
        for listing, region, seen in observed:
            table = _table(listing, feature, seen, f)
            if table is not None:
                found.append(
                    (
                        len(table),
                        _transform(listing, feature, region, table, bg, template in PAINTS),
                    )
                )
    return [t for _, t in sorted(found, key=lambda x: x[0])]
