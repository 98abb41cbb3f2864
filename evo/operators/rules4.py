"""Whole-grid rules read off the train pairs: colour histograms, outputs looked up by a key,
counts drawn in a learned order, panels stacked by priority, edge-sharing mirrors, checkerboard
blends, stripe majorities, kept centre lines, colour-keyed fractals, two-colour swaps,
neighbour-colour cell rules, smears, half-object recolours, objects recoloured from aligned
cells, pattern continuations, template pastes, pixel lists, bridges, corner joins, midpoint
stamps and lines through foreground. Most families emit only what fits every train pair."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import permutations

import numpy as np

from dsl.types import Grid
from evo.operators.infer import Facts, colour_map
from evo.operators.transforms import ANY, FAILURES, KEEP, Transform, apply, compiled

EVERY = "for r in range(height($g))"
"""The row loop of a cellwise grid expression."""
SIDES = ((1, 0), (-1, 0), (0, 1), (0, -1))
DIAGONALS = ((1, 1), (1, -1), (-1, 1), (-1, -1))


def _cellwise(expr: str) -> str:
    """A grid whose cell (r, c) is `expr`, the same size as `$g`."""
    return f"tile([[{expr} for c in range(width($g))] {EVERY}], 1, 1)"


def _literal(grid: Grid) -> str:
    """A grid expression that builds `grid` as it is."""
    return f"tile({grid.tolist()!r}, 1, 1)"


def _fits(t: Transform, f: Facts) -> bool:
    """Whether the transform turns every train input into its output exactly."""
    for a, b in f.train:
        out = apply(t, a)
        if out is None or out.shape != b.shape or not (out == b).all():
            return False
    return bool(f.train)


def _fitting(candidates: Sequence[Transform], f: Facts, most: int = 3) -> list[Transform]:
    """The first few candidates that fit every train pair."""
    return [t for t in candidates if _fits(t, f)][:most]


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
    return _fitting(found, f, 2)


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
            value = _value(probe, a)
            if not isinstance(value, (int, str)) or not _same(table.setdefault(value, b), b):
                table = {}
                break
        if 1 < len(table) < len(f.train):
            entries = ", ".join(f"{k!r}: {_literal(g)}" for k, g in table.items())
            found.append(Transform("output lookup", (expr, f"{{{entries}}}[$0]")))
    return found[:2]


def _value(probe: Transform, grid: Grid) -> object | None:
    """The key expression's value on a grid (None on failure)."""
    try:
        return compiled(probe.lines)(grid)  # type: ignore[no-any-return]
    except FAILURES:
        return None


def _same(a: Grid, b: Grid) -> bool:
    """Whether two grids are equal in shape and cells."""
    return a.shape == b.shape and bool((a == b).all())


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
    return _fitting(found, f, 2)


def _order(probe: Transform, f: Facts) -> tuple[list[tuple[int, int]], int, int] | None:
    """Cells in the order counts fill them, the ink and the paper colour, if outputs nest."""
    pooled = np.concatenate([b.ravel() for _, b in f.train])
    values, counts = np.unique(pooled, return_counts=True)
    if len(values) != 2:
        return None
    paper, ink = (int(v) for v in values[np.argsort(-counts, kind="stable")])
    seen: dict[int, set[tuple[int, int]]] = {}
    for a, b in f.train:
        n = _value(probe, a)
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


def panel_stacks(f: Facts) -> list[Transform]:
    """Equal panels laid over each other in a priority order read off train."""
    if f.out_shape is None and f.same_shape:
        return []
    bg = f.background
    found = []
    for split in ("hsplit", "vsplit"):
        for k in (2, 3, 4):
            for order in permutations(range(k)):
                expr = f"$0[{order[-1]}]"
                for i in reversed(order[:-1]):
                    expr = f"overlay({expr}, $0[{i}], {bg})"
                found.append(Transform("panel stack", (f"{split}($g, {k})", expr)))
    shaped = [t for t in found if _shape_fits(t, f)]
    return _fitting(shaped, f, 2)


def _shape_fits(t: Transform, f: Facts) -> bool:
    """Whether the transform's output on the first train input has its output's shape."""
    a, b = f.train[0]
    out = apply(t, a)
    return out is not None and out.shape == b.shape


def edge_mirrors(f: Facts) -> list[Transform]:
    """The grid joined with its mirror image sharing the edge row or column (run twice: 4n-3)."""
    found = []
    for axis, join in ((0, "vconcat"), (1, "hconcat")):
        if not f.train or not all(_mirrored(a.shape[axis], b.shape[axis]) for a, b in f.train):
            continue
        if axis == 0:
            cut = "crop(mirror($g, 'v'), {s}, 0, height($g) - 1, width($g))"
        else:
            cut = "crop(mirror($g, 'h'), 0, {s}, height($g), width($g) - 1)"
        found.append(Transform("edge mirror", (f"{join}($g, {cut.format(s=1)})",), ANY))
        found.append(Transform("edge mirror", (f"{join}({cut.format(s=0)}, $g)",), ANY))
    return found


IMAGES = ("mirror($g, 'h')", "mirror($g, 'v')", "rotate($g, 2)", "mirror($g, 'd')")


def checker_blends(f: Facts) -> list[Transform]:
    """Alternate cells (checkerboard, columns or rows) taken from a mirror image of the grid."""
    if not f.same_shape:
        return []
    found = []
    for image in IMAGES:
        for mask in ("(r + c) % 2", "c % 2", "r % 2"):
            for parity in (0, 1):
                cell = f"($g if {mask} == {parity} else $0)[r, c]"
                found.append(Transform("checker blend", (image, _cellwise(cell)), KEEP))
    return _fitting(found, f, 2)


def _mirrored(a: int, b: int) -> bool:
    """Whether a side of b cells is a side of a cells mirrored once or twice sharing the edge."""
    return a > 1 and b in (2 * a - 1, 4 * a - 3)


def stripes(f: Facts) -> list[Transform]:
    """Every row (or column, whichever changes fewer cells) painted its most common colour."""
    if not f.same_shape or not all(_striped(b) for _, b in f.train):
        return []
    rows = _cellwise("most_common(crop($g, r, 0, 1, width($g)))")
    cols = _cellwise("most_common(crop($g, 0, c, height($g), 1))")
    both = (rows, cols, "$0 if ($0 != $g).sum() <= ($1 != $g).sum() else $1")
    found = [
        Transform("stripes", (rows,), KEEP),
        Transform("stripes", (cols,), KEEP),
        Transform("stripes", both, KEEP),
    ]
    return _fitting(found, f, 1)


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
        found.append(Transform("centre line", (_cellwise(f"$g[r, c] if {keep} else {bg}"),), KEEP))
    return _fitting(found, f, 1)


def keyed_fractals(f: Facts) -> list[Transform]:
    """The grid copied into the blocks of an upscaled grid whose cell has one given colour."""
    if f.scale is None or any(b.shape != (a.shape[0] ** 2, a.shape[1] ** 2) for a, b in f.train):
        return []
    bg = f.background
    found = []
    for c in f.colours:
        lines = (
            "upscale($g, height($g))",
            "tile($g, height($g), width($g))",
            f"tile([[$1[r, k] if $0[r, k] == {c} else {bg} for k in range(width($0))]"
            " for r in range(height($0))], 1, 1)",
        )
        found.append(Transform("keyed fractal", lines))
    return _fitting(found, f, 1)


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
    if colour_map(outs, [b for _, b in f.train]) is None and not _fits(swap, f):  # type: ignore[arg-type]
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
    key = f"($g[r, c], {near})"
    every = "(r, c) for r in range(height($g)) for c in range(width($g))"
    lines: list[str] = []
    for t in sorted(set(changed.values())):
        keys = sorted(k for k, v in changed.items() if v == t)
        grid = f"${len(lines) - 1}" if lines else "$g"
        lines.append(f"fill_cells({grid}, [{every} if {key} in {keys!r}], {t})")
    return [Transform("neighbour rule", tuple(lines), KEEP)]


HEADINGS = tuple((d,) for d in SIDES + DIAGONALS) + (SIDES, DIAGONALS, SIDES + DIAGONALS)
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
    return _fitting(found, f, 2)


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
    return _fitting(found, f, 1)


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
                _cellwise("$2.get((r, c), $g[r, c])"),
            )
            found.append(Transform("aligned recolour", lines, KEEP))
    return _fitting(found, f, 1)


def continuations(f: Facts) -> list[Transform]:
    """The grid's repeating strip (found ignoring background) repeated across or down it all."""
    if not f.same_shape:
        return []
    bg = f.background
    across = (
        f"period($g, 'h', {bg})",
        "crop(tile(crop($g, 0, 0, height($g), $0), 1, width($g) // $0 + 1),"
        " 0, 0, height($g), width($g))",
    )
    down = (
        f"period($g, 'v', {bg})",
        "crop(tile(crop($g, 0, 0, $0, width($g)), height($g) // $0 + 1, 1),"
        " 0, 0, height($g), width($g))",
    )
    return _fitting([Transform("continue", across, KEEP), Transform("continue", down, KEEP)], f)


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
            _cellwise("$2.get((r, c), $g[r, c])"),
        )
        found.append(Transform("template paste", lines, KEEP))
    return _fitting(found, f, 1)


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
    return _fitting(found, f, 1)


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
            found.append(Transform("bridge", (_cellwise(cell),), KEEP))
    return _fitting(found, f, 1)


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
    return _fitting(found, f, 1)


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
    return _fitting(found, f, 1)


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
            found.append(Transform("line through", (_cellwise(cell),), KEEP))
    return [t for t in found if _fits_corner(t, f)][:1]


def _fits_corner(t: Transform, f: Facts) -> bool:
    """Whether the transform gives the top-left corner of every train output, input-sized."""
    for a, b in f.train:
        out = apply(t, a)
        if out is None or out.shape != a.shape or not (out == b[: a.shape[0], : a.shape[1]]).all():
            return False
    return True


FAMILIES = (
    histograms,
    lookups,
    tallies,
    panel_stacks,
    edge_mirrors,
    checker_blends,
    stripes,
    centre_lines,
    keyed_fractals,
    swaps,
    neighbour_rules,
    smears,
    half_recolours,
    aligned_recolours,
    continuations,
    template_pastes,
    pixel_lists,
    bridges,
    corner_joins,
    midpoints,
    lines_through,
)
