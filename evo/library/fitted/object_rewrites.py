"""Objects rewritten where they stand or moved: swapped for learned patches, hopped by their size,
mirrored across a pivot, slid along a track, recoloured like a template, or their panel moved."""

from __future__ import annotations

from collections import Counter
from itertools import permutations

import dsl
from dsl.types import Object
from evo.library.fitted.checks import fitting
from evo.library.infer import Facts, shared_colours
from evo.library.transforms import KEEP, Transform

Key = tuple[tuple[tuple[int, int], ...], int]


def _shape_key(obj: Object) -> Key:
    """An object's shape (cells from its box's corner) and colour."""
    return tuple(dsl.cells(dsl.normalize(obj))), dsl.color(obj)


def _patches(f: Facts, diagonal: bool) -> dict[Key, tuple[tuple[int, int, int], ...] | None]:
    """Each object shape on train to the output patch over its box (None when unchanged), when
    train agrees and every changed shape shows twice; empty when none changes."""
    table: dict[Key, tuple[tuple[int, int, int], ...] | None] = {}
    times: Counter[Key] = Counter()
    for a, b in f.train:
        for obj in dsl.objects(a, f.background, diagonal, False):
            top, left, h, w = dsl.bbox(obj)
            patch = b[top : top + h, left : left + w]
            same = (patch == a[top : top + h, left : left + w]).all()
            cells = (
                None
                if same
                else tuple((r, c, int(patch[r, c])) for r in range(h) for c in range(w))
            )
            key = _shape_key(obj)
            times[key] += 1
            if table.setdefault(key, cells) != cells:
                return {}
    changed = [k for k, v in table.items() if v is not None]
    return table if changed and all(times[k] > 1 for k in changed) else {}


def shape_swaps(f: Facts) -> list[Transform]:
    """Objects of a shape and colour replaced by the patch the train outputs put over them;
    a grid with a shape train never showed is left to other rules."""
    if not f.same_shape:
        return []
    found = []
    for diagonal in (False, True):
        table = _patches(f, diagonal)
        if not table:
            continue
        lines = (
            f"objects($g, {f.background}, {diagonal}, False)",
            repr(table),
            "[move(Object(frozenset(p)), t, l) for o in $0"
            " for p in [$1[(tuple(cells(normalize(o))), color(o))]] if p is not None"
            " for t, l, _, _ in [bbox(o)]]",
            "paint($g, Object(frozenset(x for p in $2 for x in p.cells)))",
        )
        found.append(Transform("shape swap", lines, KEEP))
    return fitting(found, f.train, 1)


def hops(f: Facts) -> list[Transform]:
    """Every object moved in one direction by its own height or width."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for dy, dx in (("-h", "0"), ("h", "0"), ("0", "-w"), ("0", "w")):
        for multi in (False, True):
            lines = (
                f"objects($g, {bg}, False, {multi})",
                f"fill_cells($g, [x for o in $0 for x in cells(o)], {bg})",
                "paint($1, Object(frozenset(x for o in $0 for t, l, h, w in [bbox(o)]"
                f" for x in move(o, {dy}, {dx}).cells)))",
            )
            found.append(Transform("hop", lines, KEEP))
    return fitting(found, f.train, 1)


MIRRORS = {
    "rows": "[(2 * t + h - 1 - r, c, v)]",
    "cols": "[(r, 2 * l + w - 1 - c, v)]",
    "both": "[(2 * t + h - 1 - r, c, v), (r, 2 * l + w - 1 - c, v),"
    " (2 * t + h - 1 - r, 2 * l + w - 1 - c, v)]",
}
"""Images of a cell (r, c, v) mirrored across the middle of the pivot box (t, l, h, w)."""


def pivot_mirrors(f: Facts) -> list[Transform]:
    """Everything mirrored across the middle of one colour's box (the rarest, the first
    symmetric or a fixed colour), across rows, columns or both."""
    if not f.same_shape:
        return []
    bg = f.background
    symmetric = (
        f"[c for c in palette($g) if c != {bg} and is_symmetric(trim(only($g, c, {bg}), {bg}), 'h')"
        f" and is_symmetric(trim(only($g, c, {bg}), {bg}), 'v')][0]"
    )
    pivots = ["least_common($g)", symmetric, *(str(c) for c in f.colours if c != bg)]
    found = []
    for pivot in pivots:
        for images in MIRRORS.values():
            lines = (
                f"bbox(from_grid(only($g, {pivot}, {bg}), {bg}))",
                f"paint($g, Object(frozenset(x for r, c, v in from_grid($g, {bg}).cells"
                f" for t, l, h, w in [$0] for x in {images})))",
            )
            found.append(Transform("pivot mirror", lines, KEEP))
    return fitting(found, f.train, 1)


def panel_pointers(f: Facts) -> list[Transform]:
    """The panel holding a marker colour moved to the panel the marker's place in it points
    at; every other panel emptied, the dividers kept."""
    if not f.same_shape or any(len(dsl.partition(a)) < 2 for a, _ in f.train):
        return []
    bg = f.background
    found = []
    for k in shared_colours(f):
        lines = (
            "partition($g)",
            f"[p for row in $0 for p in row if count_color(p, {k})][0]",
            f"find($1, {k})[0]",
            f"[(r, c, int($g[r, c])) for r in range(height($g)) for c in range(width($g))"
            f" if $g[r, c] != {bg}"
            " and (($g[r] == $g[r, c]).all() or ($g[:, c] == $g[r, c]).all())]",
            f"paint(canvas({bg}, height($g), width($g)), Object(frozenset($3)))",
            f"paint($4, from_grid($1, {bg}, $2[0] * (height($1) + 1), $2[1] * (width($1) + 1)))",
        )
        found.append(Transform("panel pointer", lines, KEEP))
    return fitting(found, f.train, 1)


def track_slides(f: Facts) -> list[Transform]:
    """The object of one colour slid one step along the dotted track of another colour (the
    track's spacing, rightwards on a row, downwards on a column)."""
    if not f.same_shape:
        return []
    bg = f.background
    shared = shared_colours(f)
    found = []
    for k, m in permutations(shared, 2):
        lines = (
            f"find($g, {m})",
            "len({r for r, _ in $0}) == 1",
            "sorted(c if $1 else r for r, c in $0)",
            "min(b - a for a, b in zip($2, $2[1:]))",
            f"from_grid(only($g, {k}, {bg}), {bg})",
            f"paint(fill_cells($g, cells($4), {bg}), move($4, 0 if $1 else $3, $3 if $1 else 0))",
        )
        found.append(Transform("track slide", lines, KEEP))
    return fitting(found, f.train, 1)


INSIDE = "{b}[0] <= t and t + h <= {b}[0] + {b}[2] and {b}[1] <= l and l + w <= {b}[1] + {b}[3]"
"""Whether the box (t, l, h, w) lies in the box `b`."""


def shape_matches(f: Facts) -> list[Transform]:
    """Objects shaped like a template (an object in the box of a frame colour, or inside a
    closed ring of it) recoloured in the frame's or the template's colour."""
    if not f.same_shape:
        return []
    bg = f.background
    shared = shared_colours(f)
    found = []
    for k in shared:
        inside = INSIDE.format(b="$1")
        boxed = (
            f"objects($g, {bg}, False, False)",
            f"bbox(from_grid(only($g, {k}, {bg}), {bg}))",
            f"[set(cells(normalize(o))) for o in $0 if color(o) != {k}"
            f" for t, l, h, w in [bbox(o)] if {inside}]",
            f"fill_cells($g, [x for o in $0 if color(o) != {k}"
            f" and set(cells(normalize(o))) in $2 for t, l, h, w in [bbox(o)]"
            f" if not ({inside}) for x in cells(o)], {k})",
        )
        within = INSIDE.format(b="b")
        ringed = (
            f"objects($g, {bg}, False, False)",
            f"[bbox(o) for o in $0 if color(o) == {k}"
            " for t, l, h, w in [bbox(o)] if size(o) == 2 * (h + w) - 4]",
            f"[(cells(normalize(o)), color(o)) for o in $0 if color(o) != {k}"
            f" for t, l, h, w in [bbox(o)] if any({within} for b in $1)]",
            f"paint($g, Object(frozenset((r, c, v) for o in $0 if color(o) != {k}"
            f" for t, l, h, w in [bbox(o)] if not any({within} for b in $1)"
            " for shape, v in $2 if cells(normalize(o)) == shape for r, c in cells(o))))",
        )
        found += [Transform("shape match", boxed, KEEP), Transform("shape match", ringed, KEEP)]
    return fitting(found, f.train, 1)
