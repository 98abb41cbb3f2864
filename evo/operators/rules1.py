"""Families whose parameters are read off the train pairs and that emit only transforms that
fit them: recolouring by boxes, panels, positions and nearest colours; lines that hit, cross,
join or attach; mirror completions; template stamps; crops marked by a colour; and strokes
finished after scaling up.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import numpy as np

from dsl.types import Grid
from evo.operators.infer import Facts
from evo.operators.local import local_rules
from evo.operators.strokes import stamps
from evo.operators.transforms import ANY, KEEP, SHRINK, Shape, Transform, apply

SIDES = ((1, 0), (-1, 0), (0, 1), (0, -1))
SPARSE = 60
"""Most cells of a source colour per grid that line families are inferred from."""

Pairs = list[tuple[Grid, Grid]]


def _same(f: Facts) -> Pairs:
    """The train pairs when every output keeps its input's shape, else none."""
    return list(f.train) if f.same_shape else []


def _fits(t: Transform, pairs: Pairs) -> bool:
    """Whether the transform turns every train input into its output."""
    for a, b in pairs:
        out = apply(t, a)
        if out is None or out.shape != b.shape or not (out == b).all():
            return False
    return bool(pairs)


def _changes(pairs: Pairs) -> Iterator[tuple[int, int]]:
    """Distinct (old, new) colours of the cells that train pairs change."""
    seen: set[tuple[int, int]] = set()
    for a, b in pairs:
        moved = a != b
        for old, new in zip(a[moved].tolist(), b[moved].tolist(), strict=True):
            seen.add((old, new))
    return iter(sorted(seen))


def _rarest(a: Grid) -> int:
    """The least common colour of a grid, the smaller on a tie (as `least_common`)."""
    values, counts = np.unique(a, return_counts=True)
    return int(values[np.argmin(counts)])


def box_recolours(f: Facts) -> list[Transform]:
    """Cells of one colour inside the box of another colour's cells repainted, as train shows."""
    pairs, bg = _same(f), f.background
    changes = list(_changes(pairs))
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
        if _fits(t, pairs):
            found.append(t)
    return found


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
    pairs = _same(f)
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
            if _fits(t, pairs):
                return [t]
    return []


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
    pairs = _same(f)
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
    key = "(sum(q < r for q in $0), sum(q < c for q in $1))"
    every = "(r, c) for r in range(height($g)) for c in range(width($g))"
    for t in sorted(set(table.values())):
        keys = sorted(k for k, v in table.items() if v == t)
        grid = f"${len(lines) - 1}" if len(lines) > 2 else "$g"
        cells = f"[{every} if $g[r, c] != {d} and {key} in {keys!r}]"
        lines.append(f"fill_cells({grid}, {cells}, {t})")
    found = Transform("panel paint", tuple(lines), KEEP)
    return [found] if _fits(found, pairs) else []


def _hitting(k: str, bg: str, stop: str) -> Transform:
    """Lines from each `k` cell over `bg` cells up to a cell passing the `stop` test on `v`."""
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    free = inside.format(j="j") + f" and $g[r + j * a, c + j * b] == {bg}"
    end = f"next((j for j in range(1, 31) if not ({free})), 0)"
    hit = inside.format(j="n") + f" and {stop.replace('v', '$g[r + n * a, c + n * b]')}"
    cells = (
        f"[(r + i * a, c + i * b) for r, c in find($g, {k}) for a, b in {SIDES!r} "
        f"for n in [{end}] if {hit} for i in range(1, n)]"
    )
    return Transform("hitting line", (f"fill_cells($g, {cells}, {k})",), KEEP)


def hitting_lines(f: Facts) -> list[Transform]:
    """Lines from each cell of a sparse colour to a cell of another colour they point at, for
    fixed colours or for the rarest colour over the commonest one."""
    pairs, bg = _same(f), f.background
    if not pairs:
        return []
    found = []
    for k in f.colours:
        if k == bg or not all(0 < int((a == k).sum()) <= SPARSE for a, _ in pairs):
            continue
        if not all(((a == bg) & (b == k)).any() for a, b in pairs):
            continue
        for x in f.colours:
            if x not in (bg, k):
                found.append(_hitting(str(k), str(bg), f"v == {x}"))
    rare, common = "least_common($g)", "most_common($g)"
    if all(((a != _rarest(a)) & (b == _rarest(a))).any() for a, b in pairs):
        found.append(_hitting(rare, common, f"v not in ({common}, {rare})"))
    return [t for t in found if _fits(t, pairs)][:2]


def line_fills(f: Facts) -> list[Transform]:
    """Rows and columns that are background between their two end cells, painted as train
    shows (corridors across a framed grid)."""
    pairs, bg = _same(f), f.background
    changes = list(_changes(pairs))
    if len(changes) != 1 or changes[0][0] != bg:
        return []
    t = changes[0][1]
    rows = f"all($g[r, x] == {bg} for x in range(1, width($g) - 1))"
    cols = f"all($g[y, c] == {bg} for y in range(1, height($g) - 1))"
    every = "(r, c) for r in range(height($g)) for c in range(width($g))"
    found = []
    for test in (f"({rows} or {cols})", rows, cols):
        cells = f"[{every} if $g[r, c] == {bg} and {test}]"
        found.append(Transform("line fill", (f"fill_cells($g, {cells}, {t})",), KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


SYMMETRIES = (("h", "v", "d"), ("h", "v"), ("d",), ("h",), ("v",))
"""Mirror axes an object's box is completed under, richest first."""


def box_symmetries(f: Facts) -> list[Transform]:
    """The box of all non-background cells completed by mirror symmetry, optionally after
    erasing a colour, which train outputs lack, that covers part of it."""
    pairs, bg = _same(f), f.background
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
            if _fits(t, pairs):
                found.append(t)
    return found[:2]


def cross_lines(f: Facts) -> list[Transform]:
    """Lines across the grid through the middle row and column of each object, painted over
    background in the colour train shows."""
    pairs, bg = _same(f), f.background
    changes = list(_changes(pairs))
    if len(changes) != 1 or changes[0][0] != bg:
        return []
    t = changes[0][1]
    middle = "[(y + h // 2, x + w // 2) for y, x, h, w in [bbox(o) for o in $0]]"
    every = "(r, c) for r in range(height($g)) for c in range(width($g))"
    found = []
    for diagonal in (False, True):
        for test in ("(r in $1 or c in $2)", "r in $1", "c in $2"):
            lines = (
                f"objects($g, {bg}, {diagonal}, True)",
                f"{{m[0] for m in {middle}}}",
                f"{{m[1] for m in {middle}}}",
                f"fill_cells($g, [{every} if $g[r, c] == {bg} and {test}], {t})",
            )
            found.append(Transform("cross line", lines, KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


def projections(f: Facts) -> list[Transform]:
    """Each lone cell's colour copied onto the first cell of a block it points at."""
    pairs, bg = _same(f), f.background
    found = []
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    free = inside.format(j="j") + f" and $g[r + j * a, c + j * b] == {bg}"
    end = f"next((j for j in range(1, 31) if not ({free})), 0)"
    for x in f.colours:
        if x == bg or not all(x in a for a, _ in pairs):
            continue
        hit = inside.format(j="n") + f" and $g[r + n * a, c + n * b] == {x}"
        lines: list[str] = []
        for k in range(10):
            if k in (bg, x):
                continue
            cells = (
                f"[(r + n * a, c + n * b) for r, c in find($g, {k}) for a, b in {SIDES!r} "
                f"for n in [{end}] if {hit}]"
            )
            lines.append(f"fill_cells(${len(lines) - 1 if lines else 'g'}, {cells}, {k})")
        found.append(Transform("projection", tuple(lines), KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


def aligns(f: Facts) -> list[Transform]:
    """Objects moved up or down (or sideways) to line up with the object of one colour."""
    pairs, bg = _same(f), f.background
    found = []
    for x in f.colours:
        if x == bg or not all(x in a for a, _ in pairs):
            continue
        for axis in (0, 1):
            ref = f"bbox(from_grid(only($g, {x}, {bg}), {bg}))[{axis}]"
            step = f"{ref} - bbox(o)[{axis}]"
            moved = f"move(o, {step}, 0)" if axis == 0 else f"move(o, 0, {step})"
            lines = (
                f"objects($g, {bg}, True, True)",
                f"[{moved} for o in $0]",
                "Object(frozenset(x for o in $1 for x in o.cells))",
                f"paint(canvas({bg}, height($g), width($g)), $2)",
            )
            found.append(Transform("align", lines, KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


def nearest_recolours(f: Facts) -> list[Transform]:
    """Cells of one colour repainted in the colour of the nearest cell of another colour."""
    pairs, bg = _same(f), f.background
    olds = {old for old, _ in _changes(pairs)}
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
    return [t for t in found if _fits(t, pairs)][:1]


def _magnet(k: str, x: str, t: str, bg: int) -> Transform:
    """Cells of colour `k` erased and redrawn in `t` beside the first `x` cell they point at,
    queued behind the `k` cells on the way."""
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    free = inside.format(j="j") + f" and $g[r + j * a, c + j * b] in ({bg}, {k})"
    end = f"next((j for j in range(1, 31) if not ({free})), 0)"
    hit = inside.format(j="n") + f" and $g[r + n * a, c + n * b] == {x}"
    queue = f"sum($g[r + j * a, c + j * b] == {k} for j in range(1, n))"
    cells = (
        f"[(r + (n - 1 - m) * a, c + (n - 1 - m) * b) for r, c in find($g, {k}) "
        f"for a, b in {SIDES!r} for n in [{end}] if {hit} for m in [{queue}]]"
    )
    return Transform("magnet", (f"replace($g, {k}, {bg})", f"fill_cells($0, {cells}, {t})"), KEEP)


def magnets(f: Facts) -> list[Transform]:
    """Lone cells slid up to the block they point at, in their own colour or the block's;
    cells pointing at no block vanish. Fixed colours, or the rarest onto the commonest."""
    pairs, bg = _same(f), f.background
    if not pairs:
        return []
    found = []
    for k in f.colours:
        if k == bg or not all(0 < int((a == k).sum()) <= SPARSE for a, _ in pairs):
            continue
        if not any(((a == k) & (b != k)).any() for a, b in pairs):
            continue
        for x in f.colours:
            if x not in (bg, k) and all(x in a for a, _ in pairs):
                found += [_magnet(str(k), str(x), str(t), bg) for t in (k, x)]
    rare = "least_common($g)"
    block = f"max(palette($g), key=lambda v: (v != {bg}, count_color($g, v)))"
    if all(((a == _rarest(a)) & (b != a)).any() for a, b in pairs):
        found += [_magnet(rare, block, t, bg) for t in (rare, block)]
    return [t for t in found if _fits(t, pairs)][:1]


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
    pairs, bg = _same(f), f.background
    if not pairs:
        return []
    found = []
    for start in ("$g", f"replace($g, least_common($g), {bg})"):
        for across in (True, False):
            found.append(_completion(start, bg, across))
    return [t for t in found if _fits(t, pairs)][:2]


def crossings(f: Facts) -> list[Transform]:
    """A full row and column through every non-background cell in its colour, the cells where
    lines of two colours cross painted in the colour train shows."""
    pairs, bg = _same(f), f.background
    fresh = {new for old, new in _changes(pairs)} & set(f.new_colours)
    found = []
    every = "y in range(height($g)) for x in range(width($g))"
    for t in sorted(fresh):
        paint = f"{t} if y in $0 and x in $1 and $0[y] != $1[x] else $0.get(y, $1.get(x))"
        lines = (
            f"{{r: $g[r, c] for r, c in {_cells(bg)}}}",
            f"{{c: $g[r, c] for r, c in {_cells(bg)}}}",
            f"Object(frozenset((y, x, {paint}) for {every} if y in $0 or x in $1))",
            "paint($g, $2)",
        )
        found.append(Transform("cross point", lines, KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


def _cells(bg: int) -> str:
    """The non-background cells of `$g` as a list of (row, column)."""
    return f"[(r, c) for r in range(height($g)) for c in range(width($g)) if $g[r, c] != {bg}]"


def fullest_panels(f: Facts) -> list[Transform]:
    """In a divided grid, the panels holding the most (or fewest) marked cells filled with
    their colour and the others cleared."""
    pairs, bg = _same(f), f.background
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
    return [t for t in found if _fits(t, pairs)][:1]


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
    pairs = _same(f)
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
    key = "($g[r, c], " + ", ".join(f"int({p})" for p in PLACES) + ")"
    every = "(r, c) for r in range(height($g)) for c in range(width($g))"
    lines: list[str] = []
    for t in sorted(set(changed.values())):
        keys = sorted(k for k, v in changed.items() if v == t)
        grid = f"${len(lines) - 1}" if lines else "$g"
        lines.append(f"fill_cells({grid}, [{every} if {key} in {keys!r}], {t})")
    return [Transform("position rule", tuple(lines), KEEP)]


def shape_stamps(f: Facts) -> list[Transform]:
    """The many-coloured template drawn over every object of one colour with its shape, the
    template itself kept or erased."""
    pairs, bg = _same(f), f.background
    found = []
    for x in f.colours:
        if x == bg or not all(x in a for a, _ in pairs):
            continue
        template = "max($0, key=lambda o: len({v for _, _, v in o.cells}))"
        shape = "normalize(recolor({o}, 0))"
        targets = (
            f"[o for o in $0 if color(o) == {x} and len({{v for _, _, v in o.cells}}) == 1"
            f" and {shape.format(o='o')} == {shape.format(o='$1')}]"
        )
        moved = "move($1, bbox(o)[0] - bbox($1)[0], bbox(o)[1] - bbox($1)[1])"
        stamps = f"Object(frozenset(x for o in $2 for x in {moved}.cells))"
        for diagonal in (False, True):
            listing = f"objects($g, {bg}, {diagonal}, True)"
            for base in ("$g", f"fill_cells($g, cells($1), {bg})"):
                lines = (listing, template, targets, stamps, f"paint({base}, $3)")
                found.append(Transform("shape stamp", lines, KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


def _fits_any(t: Transform, f: Facts) -> bool:
    """Whether the transform turns every train input into its output, whatever the shapes."""
    return _fits(t, list(f.train))


def marked_crops(f: Facts) -> list[Transform]:
    """The inside of the box the rarest colour's cells mark, as it is or with its shapes
    painted in that colour."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    head = (
        "least_common($g)",
        f"bbox(from_grid(only($g, $0, {bg}), {bg}))",
        "crop($g, $1[0] + 1, $1[1] + 1, $1[2] - 2, $1[3] - 2)",
    )
    every = "(r, c) for r in range(height($2)) for c in range(width($2))"
    paint = f"fill_cells($2, [{every} if $2[r, c] != {bg}], $0)"
    found = [Transform("marked crop", (*head, paint), SHRINK)]
    return [t for t in found if _fits_any(t, f)]


def margin_crops(f: Facts) -> list[Transform]:
    """The box of one colour's cells grown by a margin read off train, cropped out."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    found = []
    for x in f.colours:
        if x == bg or not all(x in a for a, _ in f.train):
            continue
        margins = set()
        for a, b in f.train:
            rows, cols = np.nonzero(a == x)
            dh = b.shape[0] - (rows.max() - rows.min() + 1)
            dw = b.shape[1] - (cols.max() - cols.min() + 1)
            margins.add((int(dh), int(dw)))
        if len(margins) != 1:
            continue
        dh, dw = margins.pop()
        if dh % 2 or dw % 2 or dh < 0 or dw < 0 or dh + dw == 0:
            continue
        mh, mw = dh // 2, dw // 2
        box = f"bbox(from_grid(only($g, {x}, {bg}), {bg}))"
        crop = f"crop($g, $0[0] - {mh}, $0[1] - {mw}, $0[2] + {dh}, $0[3] + {dw})"
        found.append(Transform("margin crop", (box, crop), SHRINK))
    return [t for t in found if _fits_any(t, f)][:1]


def window_overlays(f: Facts) -> list[Transform]:
    """The output-sized windows centred on each cell of a marker colour, laid over each other
    (pieces gathered around their markers)."""
    if f.out_shape is None or f.same_shape or not f.train:
        return []
    h, w = f.out_shape
    if h % 2 == 0 or w % 2 == 0:
        return []
    centres = {int(b[h // 2, w // 2]) for _, b in f.train}
    if len(centres) != 1:
        return []
    m, bg, dh, dw = centres.pop(), f.background, h // 2, w // 2
    inside = "0 <= y < height($g) and 0 <= x < width($g)"
    window = f"for y in range(r - {dh}, r + {dh + 1}) for x in range(c - {dw}, c + {dw + 1})"
    cells = (
        f"Object(frozenset((y - r + {dh}, x - c + {dw}, $g[y, x]) for r, c in find($g, {m}) "
        f"{window} if {inside} and $g[y, x] != {bg}))"
    )
    lines = (cells, f"paint(canvas({bg}, {h}, {w}), $0)")
    found = Transform("window overlay", lines, ANY)
    return [found] if _fits_any(found, f) else []


def _full_lines(pairs: Pairs) -> set[int]:
    """Colours that fill a whole row or column of every train input."""
    found = None
    for a, _ in pairs:
        rows = {int(r[0]) for r in a if (r == r[0]).all()}
        cols = {int(c[0]) for c in a.T if (c == c[0]).all()}
        found = (rows | cols) if found is None else found & (rows | cols)
    return found or set()


def marker_stamps(f: Facts) -> list[Transform]:
    """The many-coloured template drawn centred on every cell of a marker colour (the template
    found after erasing divider lines, when there are some)."""
    pairs, bg = _same(f), f.background
    if not pairs:
        return []
    found = []
    erasers = ["$g"] + [f"replace($g, {d}, {bg})" for d in sorted(_full_lines(pairs) - {bg})]
    for m in f.colours:
        if m == bg or not all(0 < int((a == m).sum()) <= SPARSE for a, _ in pairs):
            continue
        for grid in erasers:
            listing = f"objects({grid}, {bg}, False, True)"
            lines = (
                f"[o for o in {listing} if {m} not in palette(subgrid(o, {bg}))]",
                "max($0, key=lambda o: (len({v for _, _, v in o.cells}), size(o)))",
                "(bbox($1)[0] + bbox($1)[2] // 2, bbox($1)[1] + bbox($1)[3] // 2)",
                f"Object(frozenset((r + y - $2[0], c + x - $2[1], v) for r, c in find($g, {m})"
                " for y, x, v in $1.cells))",
                "paint($g, $3)",
            )
            found.append(Transform("marker stamp", lines, KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


def panel_templates(f: Facts) -> list[Transform]:
    """In a grid of equal panels, the cells the first panel fills painted in every panel where
    they are background, in the divider colour or the one colour train shows."""
    pairs, bg = _same(f), f.background
    dividers = [_dividers(a) for a, _ in pairs]
    if not pairs or None in dividers:
        return []
    news = {new for old, new in _changes(pairs)}
    paints = [str(news.pop())] if len(news) == 1 else []
    if all({n for _, n in _changes([p])} == {d} for p, d in zip(pairs, dividers, strict=True)):
        paints.append("$0")
    starts = "[0] + [q + 1 for q in $1 if q + 1 < {n}]"
    head = (
        _divider_colour(),
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
    return [t for t in found if _fits(t, pairs)][:1]


def marker_rays(f: Facts) -> list[Transform]:
    """A ray from the one cell of the rarest colour, heading through the shape it sits on and
    on over background to the edge."""
    pairs, bg = _same(f), f.background
    if not pairs or not all(((a == _rarest(a)).sum()) == 1 for a, _ in pairs):
        return []
    sign = "(({v} > 0.5) - ({v} < -0.5))"
    mean = "sum(p[{i}] for p in $2) / len($2) - $1[{i}]"
    inside = "0 <= $1[0] + i * $3[0] < height($g) and 0 <= $1[1] + i * $3[1] < width($g)"
    lines = (
        "least_common($g)",
        "find($g, $0)[0]",
        f"[(r, c) for r in range(height($g)) for c in range(width($g))"
        f" if $g[r, c] not in ({bg}, $0)]",
        f"({sign.format(v=mean.format(i=0))}, {sign.format(v=mean.format(i=1))})",
        f"[($1[0] + i * $3[0], $1[1] + i * $3[1]) for i in range(1, 31) if {inside}"
        f" and $g[$1[0] + i * $3[0], $1[1] + i * $3[1]] == {bg}]",
        "fill_cells($g, $4, $0)",
    )
    found = Transform("marker ray", lines, KEEP)
    return [found] if _fits(found, pairs) else []


def edge_crossings(f: Facts) -> list[Transform]:
    """Background cells in a row marked on one side edge and a column marked on the top or
    bottom edge, painted as train shows."""
    pairs, bg = _same(f), f.background
    changes = list(_changes(pairs))
    if len(changes) != 1 or changes[0][0] != bg:
        return []
    t = changes[0][1]
    found = []
    for side in ("0", "width($g) - 1"):
        for end in ("0", "height($g) - 1"):
            lines = (
                f"[r for r in range(height($g)) if $g[r, {side}] != {bg} and r != {end}]",
                f"[c for c in range(width($g)) if $g[{end}, c] != {bg} and c != {side}]",
                f"fill_cells($g, [(r, c) for r in $0 for c in $1 if $g[r, c] == {bg}], {t})",
            )
            found.append(Transform("edge crossing", lines, KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


def attachments(f: Facts) -> list[Transform]:
    """Lone cells slid up against a full line of their own colour that they face (across other
    lines); lone cells facing none vanish."""
    pairs, bg = _same(f), f.background
    if not pairs:
        return []
    every = "r in range(height($g)) for c in range(width($g))"
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    line = "$g[r + j * a, c + j * b] == $g[r, c] and (r + j * a in $0 or c + j * b in $1)"
    end = f"next((j for j in range(1, 31) if not ({inside.format(j='j')}) or {line}), 0)"
    hit = inside.format(j="n")
    lines = (
        f"{{r for r in range(height($g)) if $g[r, 0] != {bg} and len(set($g[r].tolist())) == 1}}",
        f"{{c for c in range(width($g)) if $g[0, c] != {bg} and len(set($g[:, c].tolist())) == 1}}",
        f"{{(r, c) for {every} if $g[r, c] == {bg} or (r not in $0 and c not in $1)}}",
        f"fill_cells($g, [p for p in $2 if $g[p] != {bg}], {bg})",
        f"Object(frozenset((r + (n - 1) * a, c + (n - 1) * b, $g[r, c]) for r, c in $2"
        f" if $g[r, c] != {bg} for a, b in {SIDES!r} for n in [{end}] if {hit}))",
        "paint($3, $4)",
    )
    found = Transform("attachment", lines, KEEP)
    return [found] if _fits(found, pairs) else []


def _after(first: str, t: Transform, shape: Shape) -> Transform:
    """The transform run on the result of the one-line step `first` (its lines renumbered)."""
    lines = [first]
    for line in t.lines:
        line = re.sub(r"\$(\d+)", lambda m: f"${int(m.group(1)) + 1}", line)
        lines.append(line.replace("$g", "$0"))
    return Transform("scaled stroke", tuple(lines), shape)


def scaled_strokes(f: Facts) -> list[Transform]:
    """The grid tiled or scaled up to the output's size, then finished by stamps around cells
    or a local rule read off the scaled inputs and the outputs."""
    if f.scale is None or not f.train:
        return []
    r, c = f.scale
    firsts = [f"tile($g, {r}, {c})"] + ([f"upscale($g, {r})"] if r == c else [])
    found = []
    for first in firsts:
        step = Transform("scale", (first,), ANY)
        scaled = [(apply(step, a), b) for a, b in f.train]
        pairs = [(a, b) for a, b in scaled if a is not None and a.shape == b.shape]
        if len(pairs) < len(f.train):
            continue
        g = dataclasses.replace(f, same_shape=True, scale=None, train=tuple(pairs))
        for t in stamps(g) + local_rules(pairs, f.background):
            found.append(_after(first, t, ("scale", r, c)))
    return [t for t in found if _fits(t, list(f.train))][:2]


def _divider_colour() -> str:
    """An expression for the colour of the grid's first full row, -1 if it has none."""
    full = "all($g[r, x] == $g[r, 0] for x in range(width($g)))"
    return f"next((int($g[r, 0]) for r in range(height($g)) if {full}), -1)"


def blocked_joins(f: Facts) -> list[Transform]:
    """Background between two cells of one colour in a row or column painted in it, when only
    background or divider lines lie between."""
    pairs, bg = _same(f), f.background
    if not pairs:
        return []
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    stop = f"not ({inside.format(j='j')}) or $g[r + j * a, c + j * b] not in ({bg}, $0)"
    end = f"next((j for j in range(1, 31) if {stop}), 0)"
    found = []
    for divided in (True, False):
        lines = (
            _divider_colour() if divided else "-1",
            f"[(r, c, $g[r, c]) for r in range(height($g)) for c in range(width($g))"
            f" if $g[r, c] not in ({bg}, $0)]",
            f"Object(frozenset((r + i * a, c + i * b, v) for r, c, v in $1"
            f" for a, b in ((0, 1), (1, 0)) for n in [{end}]"
            f" if {inside.format(j='n')} and $g[r + n * a, c + n * b] == v"
            f" for i in range(1, n) if $g[r + i * a, c + i * b] == {bg}))",
            "paint($g, $2)",
        )
        found.append(Transform("blocked join", lines, KEEP))
    return [t for t in found if _fits(t, pairs)][:1]


FAMILIES = (
    box_recolours,
    offset_symmetries,
    panel_paints,
    hitting_lines,
    line_fills,
    box_symmetries,
    cross_lines,
    projections,
    aligns,
    nearest_recolours,
    magnets,
    completions,
    crossings,
    fullest_panels,
    positions,
    shape_stamps,
    marked_crops,
    margin_crops,
    window_overlays,
    marker_stamps,
    panel_templates,
    marker_rays,
    edge_crossings,
    attachments,
    scaled_strokes,
    blocked_joins,
)
