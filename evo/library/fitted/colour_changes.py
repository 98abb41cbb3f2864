"""Rule families built on the one colour change train shows: regions touching a colour flooded,
cells given a header's colour, alternate cells, corner boxes, crossing bars, layer cycles,
colour swaps and lines painted by their first mark."""

from __future__ import annotations

from evo.library.fitted.checks import MOST_FIT, fitting
from evo.library.infer import Facts, shared_colours
from evo.library.transforms import ANY, KEEP, Transform

NEAR4 = ((1, 0), (-1, 0), (0, 1), (0, -1))
"""Steps to the four side neighbours."""
NEAR8 = (*NEAR4, (1, 1), (1, -1), (-1, 1), (-1, -1))
"""Steps to the eight side and corner neighbours."""


def change(f: Facts) -> tuple[int, int] | None:
    """The one (old, new) colour pair of every changed cell over train, None if not one."""
    if not f.same_shape or not f.train:
        return None
    pairs: set[tuple[int, int]] = set()
    for a, b in f.train:
        moved = a != b
        pairs |= set(zip(a[moved].tolist(), b[moved].tolist(), strict=True))
    return pairs.pop() if len(pairs) == 1 else None


def changed_from(f: Facts) -> int | None:
    """The one colour every changed train cell had in its input, None if not one."""
    if not f.same_shape or not f.train:
        return None
    olds = {v for a, b in f.train for v in a[a != b].tolist()}
    return olds.pop() if len(olds) == 1 else None


def changed_to(f: Facts) -> int | None:
    """The one colour every changed train cell takes in its output, None if not one."""
    if not f.same_shape or not f.train:
        return None
    news = {v for a, b in f.train for v in b[a != b].tolist()}
    return news.pop() if len(news) == 1 else None


def touch_fills(f: Facts) -> list[Transform]:
    """Regions of one colour that touch another colour flooded with it."""
    pair = change(f)
    if pair is None:
        return []
    x, y = pair
    found = []
    for diagonal in (False, True):
        for near in (NEAR4, NEAR8):
            touch = (
                f"any($g[r + a, c + b] == {y} for r, c in cells(o) for a, b in {near}"
                " if 0 <= r + a < height($g) and 0 <= c + b < width($g))"
            )
            picked = f"[p for o in $0 if color(o) == {x} and {touch} for p in cells(o)]"
            lines = (f"objects($g, 10, {diagonal}, False)", f"fill_cells($g, {picked}, {y})")
            found.append(Transform("touch fill", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


HEADERS = ("$g[r, 0]", "$g[0, c]", "$g[r, width($g) - 1]", "$g[height($g) - 1, c]")
"""The cell a repainted cell takes its colour from: its row's or column's first or last."""


def header_paints(f: Facts) -> list[Transform]:
    """Cells of one colour painted in the colour at the start or end of their row or column."""
    x = changed_from(f)
    if x is None:
        return []
    found = []
    for source in HEADERS:
        cells = f"Object(frozenset((r, c, {source}) for r, c in find($g, {x})))"
        found.append(Transform("header paint", (f"paint($g, {cells})",), KEEP))
    return fitting(found, f.train, MOST_FIT)


def pair_swaps(f: Facts) -> list[Transform]:
    """A grid of two colours (or its trimmed content) with the two colours swapped."""
    bg = f.background
    found = []
    for first in ("$g", f"trim($g, {bg})"):
        lines = [first] if first != "$g" else []
        src = "$0" if lines else "$g"
        p = f"${len(lines)}"
        lines += [f"palette({src})", f"map_colors({src}, {{{p}[0]: {p}[1], {p}[1]: {p}[0]}})"]
        found.append(Transform("pair swap", tuple(lines), KEEP if src == "$g" else ANY))
    return fitting(found, f.train, MOST_FIT)


def layer_cycles(f: Facts) -> list[Transform]:
    """Each colour of nested layers (in order along the diagonal) given the next or previous
    layer's colour, cyclically."""
    if not f.same_shape:
        return []
    found = []
    for step in ("i - 1", "(i + 1) % len($1)"):
        lines = (
            "[int($g[i, i]) for i in range(min(height($g), width($g)))]",
            "[v for i, v in enumerate($0) if v not in $0[:i]]",
            f"map_colors($g, {{$1[i]: $1[{step}] for i in range(len($1))}})",
        )
        found.append(Transform("layer cycle", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


def _mark_table(f: Facts, axis: int) -> dict[int, int] | None:
    """First non-background position in a row (axis 0) or column (axis 1) -> the one colour
    that line has in the output, None unless every train line fits one such table."""
    table: dict[int, int] = {}
    for a, b in f.train:
        a, b = (a, b) if axis == 0 else (a.T, b.T)
        for row, out in zip(a.tolist(), b.tolist(), strict=True):
            marks = [i for i, v in enumerate(row) if v != f.background]
            if not marks or len(set(out)) != 1 or table.setdefault(marks[0], out[0]) != out[0]:
                return None
    return table or None


def mark_rows(f: Facts) -> list[Transform]:
    """Each row (or column) painted whole in the colour train gives the position of its first
    non-background cell."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for axis in (0, 1):
        table = _mark_table(f, axis)
        if table is None:
            continue
        first, cell = (
            (f"[c for c in range(width($g)) if $g[r, c] != {bg}][0]", "(r, c)")
            if axis == 0
            else (f"[c for c in range(height($g)) if $g[c, r] != {bg}][0]", "(c, r)")
        )
        across = "height($g)" if axis == 0 else "width($g)"
        along = "width($g)" if axis == 0 else "height($g)"
        lines = (
            f"[{table!r}.get({first}, -1) for r in range({across})]",
            f"paint($g, Object(frozenset((*{cell}, $0[r]) for r in range({across})"
            f" for c in range({along}) if $0[r] >= 0)))",
        )
        found.append(Transform("mark rows", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


def alternate_cells(f: Facts) -> list[Transform]:
    """Every other cell of each object (in reading order) recoloured."""
    y = changed_to(f)
    if y is None:
        return []
    bg = f.background
    found = []
    for diagonal in (True, False):
        for parity in (1, 0):
            cells = f"[p for o in $0 for i, p in enumerate(cells(o)) if i % 2 == {parity}]"
            lines = (f"objects($g, {bg}, {diagonal}, False)", f"fill_cells($g, {cells}, {y})")
            found.append(Transform("alternate cells", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


def corner_boxes(f: Facts) -> list[Transform]:
    """The inside of every rectangle whose four corners are cells of one colour filled."""
    pair = change(f)
    if pair is None:
        return []
    found = []
    for x in shared_colours(f):
        inside = (
            "[(r, c) for r1, c1 in $0 for r2, c2 in $0 if r2 > r1 + 1 and c2 > c1 + 1"
            " and (r1, c2) in $1 and (r2, c1) in $1"
            " for r in range(r1 + 1, r2) for c in range(c1 + 1, c2)]"
        )
        lines = (f"find($g, {x})", "set($0)", f"fill_cells($g, {inside}, {pair[1]})")
        found.append(Transform("corner box", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


def crossings(f: Facts) -> list[Transform]:
    """Where a row bar and a column bar cross, the bar that was under comes on top."""
    if not f.same_shape:
        return []
    bg = f.background
    mode = f"max(palette({{}}), key=lambda k: (k != {bg}) * count_color({{}}, k))"
    row, col = "crop($g, r, 0, 1, width($g))", "crop($g, 0, c, height($g), 1)"
    swap = (
        "(r, c, $0[r] if $g[r, c] == $1[c] else $1[c])"
        " for r in range(height($g)) for c in range(width($g))"
        " if $0[r] != $1[c] and $g[r, c] in ($0[r], $1[c])"
    )
    lines = (
        f"[{mode.format(row, row)} for r in range(height($g))]",
        f"[{mode.format(col, col)} for c in range(width($g))]",
        f"paint($g, Object(frozenset({swap})))",
    )
    return fitting([Transform("crossing", lines, KEEP)], f.train, MOST_FIT)
