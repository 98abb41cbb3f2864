"""Rule families read off the train pairs, each kept for a task only when it fits every
train pair (so most tasks get none): cells repainted (touching regions, header colours,
alternate cells, corner boxes, crossings, layer cycles, colour swaps), things drawn (halos per
object shape, wall and alternating rays, bounces, edge turns, outlines, stretched boxes),
things moved (into a frame, a frame's or a block's corner cells out to the opposite corners),
panels (copied, turned, diagonal ones filled, header cycles) and whole grids built (mask
fractals, split krons, colour histograms, largest-object columns, stairs, sorted bars, corner
pieces, repeated bands)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import product

import numpy as np

from evo.operators.infer import Facts
from evo.operators.parts import CONNECTIVITY
from evo.operators.transforms import ANY, FAILURES, KEEP, Transform, apply, compiled

NEAR4 = ((1, 0), (-1, 0), (0, 1), (0, -1))
NEAR8 = (*NEAR4, (1, 1), (1, -1), (-1, 1), (-1, -1))
CROWD = 40
"""Most objects per grid for which stamps are read."""
SMALL = 5
"""Longest side of a grid tiled over itself (its square must fit an ARC grid)."""
MOST_FIT = 2
"""Most fitting transforms a family keeps for a task."""


def fits(t: Transform, f: Facts) -> bool:
    """Whether the transform takes every train input exactly to its output."""
    for a, b in f.train:
        out = apply(t, a)
        if out is None or out.shape != b.shape or not (out == b).all():
            return False
    return True


def _fitting(candidates: Iterable[Transform], f: Facts) -> list[Transform]:
    """The first few candidates that fit every train pair."""
    found = []
    for t in candidates:
        if fits(t, f):
            found.append(t)
            if len(found) == MOST_FIT:
                break
    return found


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
    return _fitting(found, f)


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
    return _fitting(found, f)


def divider(f: Facts) -> int | None:
    """The one colour (not the background) with full rows or columns in every train input,
    if exactly one has."""
    found = set(range(10)) - {f.background}
    for a, _ in f.train:
        full = {int(r[0]) for r in a if (r == r[0]).all()}
        full |= {int(c[0]) for c in a.T if (c == c[0]).all()}
        found &= full
    return found.pop() if len(found) == 1 and f.train else None


def panel_copies(f: Facts) -> list[Transform]:
    """The fullest panel between divider lines copied into every panel."""
    line = divider(f) if f.same_shape else None
    if line is None:
        return []
    bg = f.background
    rows = f"[r for r in range(height($g)) if count_color(crop($g, r, 0, 1, width($g)), {line})"
    cols = f"[c for c in range(width($g)) if count_color(crop($g, 0, c, height($g), 1), {line})"
    lines = (
        f"min({rows} == width($g)] + [height($g)])",
        f"min({cols} == height($g)] + [width($g)])",
        "[crop($g, r, c, $0, $1) for r in range(0, height($g), $0 + 1)"
        " for c in range(0, width($g), $1 + 1)]",
        f"max($2, key=lambda p: height(p) * width(p) - count_color(p, {bg}))",
        f"vconcat(hconcat($3, canvas({line}, $0, 1)), canvas({line}, 1, $1 + 1))",
        "crop(tile($4, height($g) // height($4) + 1, width($g) // width($4) + 1), 0, 0,"
        " height($g), width($g))",
    )
    return _fitting([Transform("panel copy", lines, KEEP)], f)


def _small(src: str) -> str:
    """A line passing `src` on when a fractal of it fits an ARC grid, else None (so that the
    next line fails at once instead of building a huge grid)."""
    return f"{src} if max(height({src}), width({src})) <= {SMALL} else None"


def _fractal(src: str, test: str, blank: int) -> str:
    """A line tiling `src` over itself where its cell passes `test`, else `blank`."""
    h, w = f"height({src})", f"width({src})"
    keep = f"{src}[r // {h}, c // {w}]"
    return (
        f"fill_cells(tile({src}, {h}, {w}), [(r, c) for r in range({h} * {h})"
        f" for c in range({w} * {w}) if not {keep} {test}], {blank})"
    )


def _box(a: np.ndarray, bg: int) -> tuple[int, int]:
    """The (height, width) of a grid's non-background box, (0, 0) when it has none."""
    rows, cols = np.nonzero(a != bg)
    if not len(rows):
        return 0, 0
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


def _squares(a: np.ndarray, bg: int) -> bool:
    """Whether the grid's sides are the squares of its non-background box's sides."""
    h, w = _box(a, bg)
    return h > 0 and a.shape == (h * h, w * w)


def mask_fractals(f: Facts) -> list[Transform]:
    """The grid (or its trimmed content) tiled over itself where a cell is or is not the most
    or least common colour or the background, blanked elsewhere."""
    if not f.train:
        return []
    bg = f.background
    squared = all(b.shape == (a.shape[0] ** 2, a.shape[1] ** 2) for a, b in f.train)
    found = []
    if squared:
        for pick in ("most_common($g)", "least_common($g)", str(bg)):
            for op in ("==", "!="):
                for blank in f.out_colours:
                    lines = (_small("$g"), _fractal("$0", f"{op} {pick}", blank))
                    found.append(Transform("mask fractal", lines))
    elif f.same_shape and all(_squares(a, bg) for a, _ in f.train):
        lines = (f"trim($g, {bg})", _small("$0"), _fractal("$1", f"!= {bg}", bg))
        found.append(Transform("mask fractal", lines))
    return _fitting(found, f)


Key = tuple[int, int, int, int]
Stamp = dict[tuple[int, int], int]


def _key(cells: list[tuple[int, int]], a: np.ndarray) -> tuple[Key, int, int]:
    """(height, width, size, colour) of an object's cells, and its top-left corner."""
    rows, cols = [r for r, _ in cells], [c for _, c in cells]
    values, counts = np.unique([a[r, c] for r, c in cells], return_counts=True)
    colour = int(values[np.argmax(counts)])
    top, left = min(rows), min(cols)
    return (max(rows) - top + 1, max(cols) - left + 1, len(cells), colour), top, left


def _stamps(listing: str, f: Facts) -> tuple[dict[Key, Stamp], bool] | None:
    """Per object key, the new cells around (offset from its top-left) every such object gets
    wherever the offset falls on background inside the grid, and whether a key with new cells
    was seen only once (a stamp that would only memorise train); None if no key has any."""
    seen: dict[Key, list[dict[tuple[int, int], int]]] = {}
    for a, b in f.train:
        found = object_cells(listing, a)
        if found is None or len(found) > CROWD:
            return None
        for cells in found:
            key, top, left = _key(cells, a)
            around = {
                (r - top, c - left): int(b[r, c]) if a[r, c] != b[r, c] else -1
                for r in range(top - 1, top + key[0] + 1)
                for c in range(left - 1, left + key[1] + 1)
                if 0 <= r < a.shape[0] and 0 <= c < a.shape[1] and a[r, c] == f.background
            }
            seen.setdefault(key, []).append(around)
    table = {key: _agreed(views) for key, views in seen.items()}
    once = any(v and len(seen[k]) < 2 for k, v in table.items())
    table = {k: v for k, v in table.items() if v}
    return (table, once) if table else None


def _agreed(views: list[dict[tuple[int, int], int]]) -> Stamp:
    """The offsets given one new colour by every view that holds them (-1: unchanged)."""
    stamp: Stamp = {}
    for d in {d for view in views for d, v in view.items() if v >= 0}:
        values = {view[d] for view in views if d in view}
        if len(values) == 1:
            stamp[d] = values.pop()
    return stamp


def object_cells(listing: str, a: np.ndarray) -> list[list[tuple[int, int]]] | None:
    """The cells of every object a listing finds in a grid, None when it fails."""
    try:
        found = compiled((listing, "[cells(o) for o in $0]"))(a)
    except FAILURES:
        return None
    return [[(int(r), int(c)) for r, c in cells] for cells in found]


def _at(stamp: Stamp, colour: int) -> tuple[tuple[int, int], ...]:
    """The offsets a stamp paints in one colour."""
    return tuple(sorted(d for d, v in stamp.items() if v == colour))


def _halo(listing: str, table: dict[Key, Stamp], bg: int) -> Transform:
    """Lines painting each object's stamp, colour by colour, on background."""
    lines = [listing]
    for y in sorted({v for stamp in table.values() for v in stamp.values()}):
        offsets = {k: _at(s, y) for k, s in table.items() if _at(s, y)}
        cells = (
            f"[(t + a, l + b) for o in $0 for t, l, h, w in [bbox(o)]"
            f" for a, b in {offsets!r}.get((h, w, size(o), color(o)), ())"
            f" if 0 <= t + a < height($g) and 0 <= l + b < width($g)"
            f" and $g[t + a, l + b] == {bg}]"
        )
        lines.append(f"fill_cells(${len(lines) - 1 if len(lines) > 1 else 'g'}, {cells}, {y})")
    return Transform("shape halo", tuple(lines), KEEP)


def _ring(listing: str, table: dict[Key, Stamp], bg: int) -> Transform | None:
    """Lines painting the whole ring of background around each object whose stamp is one
    colour, in that colour (a halo seen only in part in train); None if a stamp has two."""
    colours: dict[int, list[Key]] = {}
    for key, stamp in table.items():
        if len(set(stamp.values())) != 1:
            return None
        colours.setdefault(next(iter(stamp.values())), []).append(key)
    lines = [listing]
    for y, keys in sorted(colours.items()):
        cells = (
            f"[(r + a, c + b) for o in $0 if (bbox(o)[2], bbox(o)[3], size(o), color(o))"
            f" in {tuple(sorted(keys))!r} for r, c in cells(o) for a, b in {NEAR8}"
            f" if 0 <= r + a < height($g) and 0 <= c + b < width($g)"
            f" and $g[r + a, c + b] == {bg}]"
        )
        lines.append(f"fill_cells(${len(lines) - 1 if len(lines) > 1 else 'g'}, {cells}, {y})")
    return Transform("shape halo", tuple(lines), KEEP)


def shape_halos(f: Facts) -> list[Transform]:
    """New cells stamped around each object at offsets its shape's key (height, width, size,
    colour) gets in train (each key seen twice), on background only; also as whole rings when
    each key's new cells are one colour."""
    if not f.same_shape or not all(((a == b) | (a == f.background)).all() for a, b in f.train):
        return []
    bg = f.background
    found = []
    for diagonal, multi in CONNECTIVITY:
        listing = f"objects($g, {bg}, {diagonal}, {multi})"
        read = _stamps(listing, f)
        if read is None:
            continue
        table, once = read
        ring = _ring(listing, table, bg)
        found += [ring] if ring is not None else []
        found += [] if once else [_halo(listing, table, bg)]
    return _fitting(found, f)


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
    return _fitting(found, f)


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
    return _fitting(found, f)


def band_repeats(f: Facts) -> list[Transform]:
    """The band of rows (or columns) holding the content repeated across the whole grid."""
    if not f.same_shape:
        return []
    bg = f.background
    rows = (
        f"bbox(from_grid($g, {bg}))",
        "crop($g, $0[0], 0, $0[2], width($g))",
        "crop(tile($1, height($g) // $0[2] + 2, 1), $0[2] - $0[0] % $0[2], 0,"
        " height($g), width($g))",
    )
    cols = (
        f"bbox(from_grid($g, {bg}))",
        "crop($g, 0, $0[1], height($g), $0[3])",
        "crop(tile($1, 1, width($g) // $0[3] + 2), 0, $0[3] - $0[1] % $0[3],"
        " height($g), width($g))",
    )
    return _fitting([Transform("band repeat", rows, KEEP), Transform("band repeat", cols, KEEP)], f)


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
    return _fitting(found, f)


HEADINGS = ((0, 1), (0, -1), (1, 0), (-1, 0))


def alternating_rays(f: Facts) -> list[Transform]:
    """A ray from every non-background cell to the edge, alternating a new colour and its own."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for k in f.new_colours:
        for dr, dc in HEADINGS:
            ray = (
                f"(r + i * {dr}, c + i * {dc}, {k} if i % 2 else $g[r, c])"
                f" for r, c in $0 for i in range(1, 30)"
                f" if 0 <= r + i * {dr} < height($g) and 0 <= c + i * {dc} < width($g)"
            )
            lines = (
                f"[(r, c) for r in range(height($g)) for c in range(width($g))"
                f" if $g[r, c] != {bg}]",
                f"paint($g, Object(frozenset({ray})))",
            )
            found.append(Transform("alternating ray", lines, KEEP))
    return _fitting(found, f)


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
    return _fitting(found, f)


def corner_boxes(f: Facts) -> list[Transform]:
    """The inside of every rectangle whose four corners are cells of one colour filled."""
    pair = change(f)
    if pair is None:
        return []
    found = []
    for x in f.colours:
        if x == f.background or not all(x in a for a, _ in f.train):
            continue
        inside = (
            "[(r, c) for r1, c1 in $0 for r2, c2 in $0 if r2 > r1 + 1 and c2 > c1 + 1"
            " and (r1, c2) in $1 and (r2, c1) in $1"
            " for r in range(r1 + 1, r2) for c in range(c1 + 1, c2)]"
        )
        lines = (f"find($g, {x})", "set($0)", f"fill_cells($g, {inside}, {pair[1]})")
        found.append(Transform("corner box", lines, KEEP))
    return _fitting(found, f)


def wall_rays(f: Facts) -> list[Transform]:
    """Cells of each colour extended toward a full wall line, or away from it to the edge, or
    left alone, the choice per colour read off train."""
    line = divider(f) if f.same_shape else None
    if line is None:
        return []
    bg = f.background
    kinds = [c for c in f.colours if c not in (bg, line)]
    if not 0 < len(kinds) <= 3:
        return []
    found = []
    for axis in (0, 1):
        found += _wall_candidates(axis, line, kinds)
    return _fitting(found, f)


def _wall_candidates(axis: int, line: int, kinds: list[int]) -> list[Transform]:
    """Wall-ray transforms for every choice of toward/away/none per colour along one axis."""
    size, other = ("height($g)", "width($g)") if axis == 0 else ("width($g)", "height($g)")
    cut = "crop($g, i, 0, 1, width($g))" if axis == 0 else "crop($g, 0, i, height($g), 1)"
    wall = f"[i for i in range({size}) if count_color({cut}, {line}) == {other}][0]"
    at = "(i, c)" if axis == 0 else "(r, i)"
    pos = "r" if axis == 0 else "c"
    spans = {
        "toward": f"range(min({pos}, $0) + 1, max({pos}, $0))",
        "away": f"(range(0, {pos}) if {pos} < $0 else range({pos} + 1, {size}))",
    }
    found = []
    for choice in product(("toward", "away", None), repeat=len(kinds)):
        if not any(choice):
            continue
        lines = [wall]
        for k, how in zip(kinds, choice, strict=True):
            if how is not None:
                cells = f"[{at} for r, c in find($g, {k}) for i in {spans[how]}]"
                lines.append(
                    f"fill_cells(${len(lines) - 1 if len(lines) > 1 else 'g'}, {cells}, {k})"
                )
        found.append(Transform("wall ray", tuple(lines), KEEP))
    return found


def box_stretches(f: Facts) -> list[Transform]:
    """A framed box (frame and inside colours) grown to reach a lone marker cell."""
    if not f.same_shape:
        return []
    bg = f.background
    lines = (
        f"objects($g, {bg}, False, True)",
        "bbox(max($0, key=size))",
        "cells(min($0, key=size))[0]",
        "(min($1[0], $2[0]), min($1[1], $2[1]))",
        "(max($1[0] + $1[2], $2[0] + 1) - $3[0], max($1[1] + $1[3], $2[1] + 1) - $3[1])",
        f"rect(fill_cells($g, [$2], {bg}), *$3, *$4, $g[$1[0] + 1, $1[1] + 1])",
        "outline($5, *$3, *$4, $g[$1[0], $1[1]])",
    )
    return _fitting([Transform("box stretch", lines, KEEP)], f)


def _shared(f: Facts) -> list[int]:
    """The non-background colours found in every train input."""
    return [c for c in f.colours if c != f.background and all(c in a for a, _ in f.train)]


def _colour_pairs(f: Facts) -> list[tuple[int, int]]:
    """Ordered pairs of distinct non-background colours found in every train input."""
    shared = _shared(f)
    return [(x, y) for x in shared for y in shared if x != y]


def frame_moves(f: Facts) -> list[Transform]:
    """The cells of one colour moved to sit just inside the box of the markers of another."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for x, y in _colour_pairs(f):
        lines = (
            f"from_grid(only($g, {x}, {bg}), {bg})",
            f"bbox(from_grid(only($g, {y}, {bg}), {bg}))",
            "move($0, $1[0] + 1 - bbox($0)[0], $1[1] + 1 - bbox($0)[1])",
            f"paint(replace($g, {x}, {bg}), $2)",
        )
        found.append(Transform("frame move", lines, KEEP))
    return _fitting(found, f)


def marker_outlines(f: Facts) -> list[Transform]:
    """The box one cell inside the markers of one colour outlined in the grid's other colour."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for m in _shared(f):
        lines = (
            f"bbox(from_grid(only($g, {m}, {bg}), {bg}))",
            f"[c for c in palette($g) if c not in ({bg}, {m})][0]",
            "outline($g, $0[0] + 1, $0[1] + 1, $0[2] - 2, $0[3] - 2, $1)",
        )
        found.append(Transform("marker outline", lines, KEEP))
    return _fitting(found, f)


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
    return _fitting([Transform("crossing", lines, KEEP)], f)


def bar_stairs(f: Facts) -> list[Transform]:
    """One-row bars stacked at the bottom, longest lowest, flush right or left."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for start in ("width($g) - size(o) + j", "j"):
        cells = (
            f"(height($g) - 1 - i, {start}, color(o))"
            " for i, o in enumerate(sorted($0, key=size, reverse=True)) for j in range(size(o))"
        )
        lines = (
            f"objects($g, {bg}, False, False)",
            f"paint(canvas({bg}, height($g), width($g)), Object(frozenset({cells})))",
        )
        found.append(Transform("bar stairs", lines, KEEP))
    return _fitting(found, f)


def bounces(f: Facts) -> list[Transform]:
    """A diagonal ray from each cell of one colour, up or down, bouncing off the side walls."""
    if not f.same_shape:
        return []
    found = []
    for x in _shared(f):
        for dr in (-1, 1):
            for dc in (1, -1):
                span = "range(r + 1)" if dr < 0 else "range(height($g) - r)"
                col = (
                    f"width($g) - 1 - abs((c + {dc} * i) % max(2 * width($g) - 2, 1)"
                    " - (width($g) - 1))"
                )
                cells = f"[(r + {dr} * i, {col}) for r, c in find($g, {x}) for i in {span}]"
                lines = (f"fill_cells(replace($g, {x}, {f.background}), {cells}, {x})",)
                found.append(Transform("bounce", lines, KEEP))
    return _fitting(found, f)


def stairs(f: Facts) -> list[Transform]:
    """A run at the start of a one-row grid grown by one cell per row, as many rows as half
    the width."""
    if not all(a.shape[0] == 1 for a, _ in f.train):
        return []
    bg = f.background
    lines = (
        f"width($g) - count_color($g, {bg})",
        f"max(palette($g), key=lambda k: (k != {bg}) * count_color($g, k))",
        f"fill_cells(canvas({bg}, width($g) // 2, width($g)),"
        " [(r, c) for r in range(width($g) // 2) for c in range($0 + r)], $1)",
    )
    return _fitting([Transform("stairs", lines)], f)


def corner_pieces(f: Facts) -> list[Transform]:
    """Pieces filling three cells of a 2x2 box put together into a square, each in the corner
    its missing cell points away from."""
    bg = f.background
    if not all(b.shape == (4, 4) for _, b in f.train):
        return []
    gap = f"[(i, j) for i in (0, 1) for j in (0, 1) if subgrid(o, {bg})[i, j] == {bg}][0]"
    cells = (
        f"(2 - 2 * m[0] + r - bbox(o)[0], 2 - 2 * m[1] + c - bbox(o)[1], $g[r, c])"
        f" for o in $0 for m in [{gap}] for r, c in cells(o)"
    )
    lines = (
        f"objects($g, {bg}, True, False)",
        f"paint(canvas({bg}, 4, 4), Object(frozenset({cells})))",
    )
    return _fitting([Transform("corner pieces", lines)], f)


def panel_turns(f: Facts) -> list[Transform]:
    """The first panel (left of the first divider column, or above the first divider row)
    repeated into every panel, turned a further quarter (or three, or two) each time."""
    line = divider(f) if f.same_shape else None
    if line is None:
        return []
    found = []
    for axis in (1, 0):
        size, other = ("width($g)", "height($g)") if axis == 1 else ("height($g)", "width($g)")
        cut = "crop($g, 0, i, height($g), 1)" if axis == 1 else "crop($g, i, 0, 1, width($g))"
        first = "crop($g, 0, 0, height($g), $0)" if axis == 1 else "crop($g, 0, 0, $0, width($g))"
        at = "(r, i * ($0 + 1) + c" if axis == 1 else "(i * ($0 + 1) + r, c"
        for k in (1, 3, 2):
            cells = (
                f"{at}, $2[i][r, c]) for i in range(len($2))"
                " for r in range(height($2[i])) for c in range(width($2[i]))"
            )
            lines = (
                f"[i for i in range({size}) if count_color({cut}, {line}) == {other}][0]",
                first,
                f"[rotate($1, {k} * i % 4) for i in range({size} // ($0 + 1) + 1)]",
                f"paint($g, Object(frozenset({cells})))",
            )
            found.append(Transform("panel turns", lines, KEEP))
    return _fitting(found, f)


def _half_squared(shape: tuple[int, int]) -> tuple[int, int]:
    """The sides of half a grid (cut across its longer side), squared."""
    h, w = shape
    h, w = (h, w // 2) if w > h else (h // 2, w)
    return h * h, w * w


def split_krons(f: Facts) -> list[Transform]:
    """A grid of two halves (split across its longer side): the many-coloured half blown up
    cell by cell into copies of the other half's shape."""
    if not f.train or not all(b.shape == _half_squared(a.shape) for a, b in f.train):
        return []
    bg = f.background
    h, w = "height($1)", "width($1)"
    cells = (
        f"(r, c, $2[r // {h}, c // {w}]) for r in range(height($2) * {h})"
        f" for c in range(width($2) * {w}) if $1[r % {h}, c % {w}] != {bg}"
    )
    lines = (
        "(hsplit($g, 2) if width($g) > height($g) else vsplit($g, 2))"
        f" if max(height($g), width($g)) <= {2 * SMALL} else None",
        "min($0, key=lambda p: len(palette(p)))",
        "max($0, key=lambda p: len(palette(p)))",
        f"paint(canvas({bg}, height($2) * {h}, width($2) * {w}), Object(frozenset({cells})))",
    )
    return _fitting([Transform("split kron", lines)], f)


def histograms(f: Facts) -> list[Transform]:
    """One column per colour, most common first, as tall as the colour's count, on a blank
    colour the outputs bring in."""
    if not f.train or f.same_shape:
        return []
    found = []
    for blank in f.new_colours:
        cells = "(r, i, k) for i, k in enumerate($0) for r in range(count_color($g, k))"
        lines = (
            "sorted(palette($g), key=lambda k: -count_color($g, k))",
            f"paint(canvas({blank}, count_color($g, $0[0]), len($0)), Object(frozenset({cells})))",
        )
        found.append(Transform("colour histogram", lines))
    return _fitting(found, f)


def largest_columns(f: Facts) -> list[Transform]:
    """The colours of the largest objects, left to right, as columns as tall as their size."""
    if not f.train or f.same_shape:
        return []
    bg = f.background
    found = []
    for diagonal in (False, True):
        cells = "(r, i, color(o)) for i, o in enumerate($2) for r in range($1)"
        lines = (
            f"objects($g, {bg}, {diagonal}, False)",
            "max(size(o) for o in $0)",
            "sorted([o for o in $0 if size(o) == $1], key=lambda o: bbox(o)[1])",
            f"paint(canvas({bg}, $1, len($2)), Object(frozenset({cells})))",
        )
        found.append(Transform("largest columns", lines))
    return _fitting(found, f)


def header_cycles(f: Facts) -> list[Transform]:
    """The rows below the divider row painted whole, in turn, in the first row's colours."""
    line = divider(f) if f.same_shape else None
    if line is None:
        return []
    cells = (
        "(r, c, $g[0, (r - $0 - 1) % width($g)]) for r in range($0 + 1, height($g))"
        " for c in range(width($g))"
    )
    lines = (
        f"[r for r in range(height($g)) if count_color(crop($g, r, 0, 1, width($g)), {line})"
        " == width($g)][0]",
        f"paint($g, Object(frozenset({cells})))",
    )
    return _fitting([Transform("header cycle", lines, KEEP)], f)


def edge_turns(f: Facts) -> list[Transform]:
    """A ray from each cell to the right edge that turns down the edge until the row above
    the next cell's (or the bottom)."""
    if not f.same_shape:
        return []
    bg = f.background
    ends = "[r for r, _ in $0[1:]] + [height($g)]"
    cells = (
        "[(r, x, $g[r, c]) for r, c in $0 for x in range(c + 1, width($g))]"
        " + [(y, width($g) - 1, $g[r, c]) for (r, c), e in zip($0, $1) for y in range(r + 1, e)]"
    )
    lines = (
        f"[(r, c) for r in range(height($g)) for c in range(width($g)) if $g[r, c] != {bg}]",
        ends,
        f"paint($g, Object(frozenset({cells})))",
    )
    return _fitting([Transform("edge turn", lines, KEEP)], f)


def block_corners(f: Facts) -> list[Transform]:
    """Each cell of a lone 2x2 block of colours copied as a 2x2 block into the corner
    diagonally opposite it, outside the block."""
    if not f.same_shape or not all(_box(a, f.background) == (2, 2) for a, _ in f.train):
        return []
    cells = (
        "(t + 2 - 4 * i + a, l + 2 - 4 * j + b, $g[t + i, l + j])"
        " for t, l, _, _ in [$0] for i in (0, 1) for j in (0, 1) for a in (0, 1) for b in (0, 1)"
    )
    lines = (f"bbox(from_grid($g, {f.background}))", f"paint($g, Object(frozenset({cells})))")
    return _fitting([Transform("block corners", lines, KEEP)], f)


def diagonal_panels(f: Facts) -> list[Transform]:
    """The first, middle and last panels along the diagonal of a grid cut by divider lines
    filled, each in a colour the outputs bring in."""
    line = divider(f) if f.same_shape else None
    if line is None or not 0 < len(f.new_colours) <= 3:
        return []
    spans = "[(a + 1, b - a - 1) for a, b in zip(${k}, ${k}[1:]) if b - a > 1]"
    head = (
        f"[-1] + [r for r in range(height($g)) if count_color(crop($g, r, 0, 1, width($g)),"
        f" {line}) == width($g)] + [height($g)]",
        spans.format(k=0),
        f"[-1] + [c for c in range(width($g)) if count_color(crop($g, 0, c, height($g), 1),"
        f" {line}) == height($g)] + [width($g)]",
        spans.format(k=2),
    )
    picks = (("0", "0"), ("len($1) // 2", "len($3) // 2"), ("-1", "-1"))
    found = []
    for colours in product(f.new_colours, repeat=3):
        lines = list(head)
        for (p, q), c in zip(picks, colours, strict=True):
            prev = "$g" if len(lines) == 4 else f"${len(lines) - 1}"
            lines.append(f"rect({prev}, $1[{p}][0], $3[{q}][0], $1[{p}][1], $3[{q}][1], {c})")
        found.append(Transform("diagonal panels", tuple(lines), KEEP))
    return _fitting(found, f)


def frame_corners(f: Facts) -> list[Transform]:
    """The cells in the inner corners of the largest object's box moved just outside its
    diagonally opposite outer corners."""
    if not f.same_shape:
        return []
    bg = f.background
    src = "(t + 1 + i * (h - 3), l + 1 + j * (w - 3))"
    dst = "(t - 1 + (1 - i) * (h + 1), l - 1 + (1 - j) * (w + 1))"
    pick = "for t, l, h, w in [$0] for i in (0, 1) for j in (0, 1)"
    found = []
    for diagonal in (False, True):
        lines = (
            f"bbox(max(objects($g, {bg}, {diagonal}, False), key=size))",
            f"[({dst}, $g[{src}]) {pick}]",
            f"fill_cells($g, [{src} {pick}], {bg})",
            "paint($2, Object(frozenset((*p, v) for p, v in $1)))",
        )
        found.append(Transform("frame corners", lines, KEEP))
    return _fitting(found, f)


FAMILIES = (
    touch_fills,
    header_paints,
    panel_copies,
    mask_fractals,
    shape_halos,
    pair_swaps,
    layer_cycles,
    band_repeats,
    mark_rows,
    alternating_rays,
    alternate_cells,
    corner_boxes,
    wall_rays,
    box_stretches,
    frame_moves,
    marker_outlines,
    crossings,
    bar_stairs,
    bounces,
    stairs,
    corner_pieces,
    panel_turns,
    split_krons,
    histograms,
    largest_columns,
    header_cycles,
    edge_turns,
    block_corners,
    diagonal_panels,
    frame_corners,
)
