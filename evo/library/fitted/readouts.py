"""Small outputs that sum the input up: colour histograms, outputs looked up by a key of the
input, counts painted as tallies, and the foreground pixels listed into a fixed shape."""

from __future__ import annotations

import numpy as np

from dsl.types import Grid
from evo.library.fitted.checks import fitting, literal, same_grid
from evo.library.infer import Facts
from evo.library.transforms import Transform, evaluate


def histograms(f: Facts) -> list[Transform]:
    """The grid's colours (not background) as a row or column ordered by how often they occur."""
    if f.same_shape or not f.train or not all(1 in b.shape for _, b in f.train):
        return []
    bg = f.background
    found = []
    for sign in ("-", ""):
        for skip in (0, 1):
            order = (
                f"sorted((c for c in palette($g) if c != {bg}),"
                f" key=lambda c: ({sign}count_color($g, c), c))[{skip}:]"
            )
            for shape in ("[[c] for c in $0]", "[$0]"):
                found.append(Transform("histogram", (order, f"tile({shape}, 1, 1)")))
    return fitting(found, f.train, 2)


KEYS = (
    "color(from_grid($g, {bg}))",
    "len(objects($g, {bg}))",
    "len(objects($g, {bg}, True))",
    "len(palette($g))",
    "count_color($g, {bg})",
    "str(($g != {bg}).tolist())",
)
"""Keys an output may be looked up by: main colour, object counts, colour count, background
cells, the non-background mask."""


def lookups(f: Facts) -> list[Transform]:
    """An output grid looked up by a key of the input, when equal keys always give equal outputs."""
    if f.same_shape or len(f.train) < 3:
        return []
    found = []
    for key in KEYS:
        expr = key.format(bg=f.background)
        probe = Transform("output lookup", (expr,))
        table: dict[object, Grid] = {}
        for a, b in f.train:
            value = evaluate(probe.lines, a)
            if not isinstance(value, (int, str)) or not same_grid(table.setdefault(value, b), b):
                table = {}
                break
        if 1 < len(table) < len(f.train):
            entries = ", ".join(f"{k!r}: {literal(g)}" for k, g in table.items())
            found.append(Transform("output lookup", (expr, f"{{{entries}}}[$0]")))
    return found[:2]


COUNTS = (
    "len(objects($g, {bg}))",
    "len(objects($g, {bg}, True))",
    "len(palette($g)) - 1",
    "sum(1 for x in $g.ravel().tolist() if x != {bg})",
)
"""Counts an output may show as the first n cells of a fixed order."""


def tallies(f: Facts) -> list[Transform]:
    """A fixed-size output whose first n cells (order read off train) are painted, n a count."""
    if f.out_shape is None or f.same_shape or len(f.train) < 2:
        return []
    found = []
    for count in COUNTS:
        expr = count.format(bg=f.background)
        order = _order(Transform("tally", (expr,)), f)
        if order is None:
            continue
        cells, ink, paper = order
        h, w = f.out_shape
        lines = (expr, f"fill_cells(canvas({paper}, {h}, {w}), {cells!r}[:$0], {ink})")
        found.append(Transform("tally", lines))
    return fitting(found, f.train, 2)


def _order(probe: Transform, f: Facts) -> tuple[list[tuple[int, int]], int, int] | None:
    """Cells in the order counts fill them, the ink and the paper colour, if outputs nest."""
    pooled = np.concatenate([b.ravel() for _, b in f.train])
    values, counts = np.unique(pooled, return_counts=True)
    if len(values) != 2:
        return None
    paper, ink = (int(v) for v in values[np.argsort(-counts, kind="stable")])
    seen: dict[int, set[tuple[int, int]]] = {}
    for a, b in f.train:
        n = evaluate(probe.lines, a)
        cells = {(int(r), int(c)) for r, c in zip(*np.nonzero(b != paper), strict=True)}
        if not isinstance(n, int) or len(cells) != n or seen.setdefault(n, cells) != cells:
            return None
    if len(seen) < 2:
        return None
    order: list[tuple[int, int]] = []
    for n in sorted(seen):
        if not set(order) <= seen[n]:
            return None
        order += sorted(seen[n] - set(order))
    return order, ink, paper


ORDERS = ("(r, c, $g[r, c])", "(c, r, $g[r, c])")
"""Pixels listed in reading order, or column by column."""


LAYOUTS = ("i * {w} + j", "i * {w} + (j if i % 2 == 0 else {w} - 1 - j)", "j * {h} + i")
"""Where list item k lands in the output: reading order, snaking rows, column by column."""


def pixel_lists(f: Facts) -> list[Transform]:
    """The input's non-background cells listed in an order and laid into a fixed-size output."""
    if f.out_shape is None or f.same_shape:
        return []
    bg, (h, w) = f.background, f.out_shape
    every = "for r in range(height($g)) for c in range(width($g))"
    found = []
    for order in ORDERS:
        listing = f"[x[2] for x in sorted({order} {every} if $g[r, c] != {bg})] + [{bg}] * {h * w}"
        for layout in LAYOUTS:
            at = layout.format(h=h, w=w)
            grid = f"tile([[$0[{at}] for j in range({w})] for i in range({h})], 1, 1)"
            found.append(Transform("pixel list", (listing, grid)))
    return fitting(found, f.train, 1)
