"""Whole-grid rules whose parameters are read off the train pairs (in-process, numpy and DSL),
each family listing only the few transforms that reproduce every train output: fixed outputs
looked up by a count, shapes swapped for patches, objects moved by their own size, rays, fills,
recolourings by a property, panels counted or pointed at, keys and stencils painting masks,
patterns continued, and the like. Most families list nothing for most tasks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import permutations, product

import numpy as np

import dsl
from dsl.types import Grid, Object
from evo.operators.infer import Facts
from evo.operators.transforms import ANY, FAILURES, KEEP, SHRINK, Transform, apply, compiled

Pairs = tuple[tuple[Grid, Grid], ...]
SIDES_4 = ((1, 0), (-1, 0), (0, 1), (0, -1))
CORNERS_4 = ((1, 1), (1, -1), (-1, 1), (-1, -1))
REACH = 30
"""Steps a drawn ray takes; the longest ARC side, so every ray reaches the edge."""


def _fits(t: Transform, train: Pairs) -> bool:
    """Whether the transform turns every train input into its output exactly."""
    for a, b in train:
        out = apply(t, a)
        if out is None or out.shape != b.shape or not (out == b).all():
            return False
    return bool(train)


def _keep(found: list[Transform], f: Facts) -> list[Transform]:
    """The transforms that fit the train pairs."""
    return [t for t in found if _fits(t, f.train)]


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
        return int(compiled((feature,))(grid))
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
    return _keep(found, f)[:1]


def edge_pads(f: Facts) -> list[Transform]:
    """The grid framed by copies of its edge rows and columns, corners in one colour or not."""
    if not f.train or any(b.shape != (a.shape[0] + 2, a.shape[1] + 2) for a, b in f.train):
        return []
    rows = "$g[[0, *range(height($g)), height($g) - 1]]"
    cols = "$0[:, [0, *range(width($g)), width($g) - 1]]"
    ends = "[(0, 0), (0, width($1) - 1), (height($1) - 1, 0), (height($1) - 1, width($1) - 1)]"
    corners = {int(b[r, c]) for _, b in f.train for r in (0, -1) for c in (0, -1)}
    found = [Transform("edge pad", (rows, cols), ("add", 2, 2))]
    for c in corners:
        found.append(
            Transform("edge pad", (rows, cols, f"fill_cells($1, {ends}, {c})"), ("add", 2, 2))
        )
    return _keep(found, f)[:1]


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
    return _keep(found, f)[:1]


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
    return _keep(found, f)[:1]


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
    return _keep(found, f)[:1]


def lattices(f: Facts) -> list[Transform]:
    """Every s-th cell from an offset, blown up when the output is larger."""
    if f.scale and f.scale[0] == f.scale[1]:
        grow = f.scale[0]
    elif f.shrink and f.shrink[0] == f.shrink[1]:
        grow = 1
    else:
        return []
    found = []
    for s in (2, 3):
        for o in range(s):
            pick = f"$g[{o}::{s}, {o}::{s}]"
            found.append(
                Transform("lattice", (f"upscale({pick}, {grow * s})" if grow > 1 else pick,))
            )
    return _keep(found, f)[:1]


NEIGHBOURS = tuple((a, b) for a in (-1, 0, 1) for b in (-1, 0, 1) if a or b)


def line_ends(f: Facts) -> list[Transform]:
    """Cells with one same-coloured neighbour (diagonal, or any) extended away from it to the
    edge in their own colour."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for only_diagonal in (True, False):
        cond = " and nb[0][0] and nb[0][1]" if only_diagonal else ""
        ends = (
            f"[(r, c, -nb[0][0], -nb[0][1], int($g[r, c])) for r in range(height($g))"
            f" for c in range(width($g)) if $g[r, c] != {bg}"
            f" for nb in [[(a, b) for a, b in {NEIGHBOURS!r}"
            " if 0 <= r + a < height($g) and 0 <= c + b < width($g)"
            f" and $g[r + a, c + b] == $g[r, c]]] if len(nb) == 1{cond}]"
        )
        draw = (
            "paint($g, Object(frozenset((r + i * a, c + i * b, v) for r, c, a, b, v in $0"
            f" for i in range(1, {REACH}))))"
        )
        found.append(Transform("line end", (ends, draw), KEEP))
    return _keep(found, f)[:1]


Test = Callable[[Object, Grid], bool]
PROPERTIES: tuple[tuple[Test, str], ...] = (
    (lambda o, g: dsl.touches_border(o, g), "touches_border(o, $g)"),
    (
        lambda o, g: dsl.size(o) == dsl.bbox(o)[2] * dsl.bbox(o)[3],
        "size(o) == bbox(o)[2] * bbox(o)[3]",
    ),
)
"""Region properties: an in-process test of region `o` in grid `g`, and the same in the DSL."""


def _property_colours(f: Facts, k: int, test: Test) -> tuple[int, int] | None:
    """The output colours of colour-k regions with and without the property, if train agrees."""
    seen: dict[bool, int] = {}
    for a, b in f.train:
        for o in dsl.objects(a, -1, False, False):
            if dsl.color(o) != k:
                continue
            values = {int(b[r, c]) for r, c in dsl.cells(o)}
            if len(values) != 1:
                return None
            value = values.pop()
            if seen.setdefault(test(o, a), value) != value:
                return None
    if len(seen) != 2 or seen[True] == seen[False] == k:
        return None
    return seen[True], seen[False]


def region_recolours(f: Facts) -> list[Transform]:
    """Regions of one colour (background included) painted by whether they have a property:
    touch the border or fill their box."""
    if not f.same_shape:
        return []
    changed = {int(a[i]) for a, b in f.train for i in zip(*(a != b).nonzero(), strict=True)}
    found = []
    for k in sorted(changed):
        for test, expr in PROPERTIES:
            colours = _property_colours(f, k, test)
            if colours is None:
                continue
            yes, no = colours
            lines = (
                f"[o for o in objects($g, -1, False, False) if color(o) == {k}]",
                f"fill_cells($g, [x for o in $0 if {expr} for x in cells(o)], {yes})",
                f"fill_cells($1, [x for o in $0 if not ({expr}) for x in cells(o)], {no})",
            )
            found.append(Transform("region recolour", lines, KEEP))
    return _keep(found, f)[:1]


def ring_reversals(f: Facts) -> list[Transform]:
    """Nested rings' colours (read down the diagonal) swapped end for end."""
    if not f.same_shape:
        return []
    lines = (
        "[int($g[i, i]) for i in range((min(height($g), width($g)) + 1) // 2)]",
        "[v for i, v in enumerate($0) if i == 0 or v != $0[i - 1]]",
        "map_colors($g, dict(zip($1, $1[::-1])))",
    )
    return _keep([Transform("ring reversal", lines, KEEP)], f)


def markers(f: Facts) -> list[Transform]:
    """A cell of a new colour on the grid's edge in line with the middle of each object."""
    if not f.same_shape or len(f.new_colours) != 1:
        return []
    bg, new = f.background, f.new_colours[0]
    spots = {
        "down": "(height($g) - 1, l + w // 2)",
        "up": "(0, l + w // 2)",
        "right": "(t + h // 2, width($g) - 1)",
        "left": "(t + h // 2, 0)",
    }
    found = []
    for spot in spots.values():
        lines = (
            f"fill_cells($g, [{spot} for o in objects($g, {bg}, True, False)"
            " for t, l, h, w in [bbox(o)]], "
            f"{new})",
        )
        found.append(Transform("marker", lines, KEEP))
    return _keep(found, f)[:1]


def square_fills(f: Facts) -> list[Transform]:
    """Background k-by-k squares, taken in reading order and never overlapping one taken
    before, filled in the one colour the outputs bring in."""
    if not f.same_shape or len(f.new_colours) != 1:
        return []
    bg, new = f.background, f.new_colours[0]
    found = []
    for k in (2, 3, 4):
        square = f"[(r + a, c + b) for a in range({k}) for b in range({k})]"
        lines = (
            f"[{square} for r in range(height($g) - {k - 1}) for c in range(width($g) - {k - 1})"
            f" if ($g[r : r + {k}, c : c + {k}] == {bg}).all()]",
            "set()",
            "[x for s in $0 if not $1.intersection(s) and not $1.update(s) for x in s]",
            f"fill_cells($g, $2, {new})",
        )
        found.append(Transform("square fill", lines, KEEP))
    return _keep(found, f)[:1]


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
    return _keep(found, f)[:1]


def _count_table(f: Facts, k: int) -> dict[int, int] | None:
    """Each count of colour k in a panel to the panel's output cell, when every train grid
    has several panels, the counts agree and each shows twice."""
    table: dict[int, int] = {}
    times: Counter[int] = Counter()
    for a, b in f.train:
        panels = dsl.partition(a)
        if (len(panels), len(panels[0])) != b.shape or b.size < 2:
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
    return _keep(found, f)[:1]


CORNER_RAYS = {
    (-1, -1): ("t", "l"),
    (-1, 1): ("t", "l + w - 1"),
    (1, -1): ("t + h - 1", "l"),
    (1, 1): ("t + h - 1", "l + w - 1"),
}
"""Each diagonal heading and the box corner its ray leaves from."""


def corner_rays(f: Facts) -> list[Transform]:
    """Diagonal rays from a corner of each object, the heading fixed per colour, over the
    background to the edge."""
    if not f.same_shape:
        return []
    bg = f.background
    grown = sorted({int(b[i]) for a, b in f.train for i in zip(*(a != b).nonzero(), strict=True)})
    if not grown or len(grown) > 2 or bg in grown:
        return []
    found = []
    for headings in product(CORNER_RAYS, repeat=len(grown)):
        lines: list[str] = []
        for k, (a, b) in zip(grown, headings, strict=True):
            r, c = CORNER_RAYS[(a, b)]
            grid = f"${len(lines) - 1}" if lines else "$g"
            lines.append(
                f"fill_cells({grid}, [({r} + i * {a}, {c} + i * {b})"
                f" for o in objects($g, {bg}, False, False) if color(o) == {k}"
                f" for t, l, h, w in [bbox(o)] for i in range(1, {REACH})"
                f" if 0 <= {r} + i * {a} < height($g) and 0 <= {c} + i * {b} < width($g)"
                f" and $g[{r} + i * {a}, {c} + i * {b}] == {bg}], {k})"
            )
        found.append(Transform("corner ray", tuple(lines), KEEP))
    return _keep(found, f)[:1]


QUARTERS = (
    "crop($g, 0, 0, height($g) // 2, width($g) // 2)",
    "crop($g, 0, width($g) - width($g) // 2, height($g) // 2, width($g) // 2)",
    "crop($g, height($g) - height($g) // 2, 0, height($g) // 2, width($g) // 2)",
    "crop($g, height($g) - height($g) // 2, width($g) - width($g) // 2, height($g) // 2,"
    " width($g) // 2)",
)


def quarter_stacks(f: Facts) -> list[Transform]:
    """The four quarters laid over each other, in the order of priority train shows."""
    if f.shrink != (2, 2):
        return []
    bg = f.background
    found = []
    for order in permutations(range(4)):
        top, *rest = (QUARTERS[i] for i in order)
        lines = [top]
        for quarter in rest:
            lines.append(f"overlay({quarter}, ${len(lines) - 1}, {bg})")
        found.append(Transform("quarter stack", tuple(lines), SHRINK))
    return _keep(found, f)[:1]


ANALOGY = (
    "[i for i in range(height($g)) if ($g[i] != {bg}).all()][0]",
    "paint($g, Object(frozenset((r, c, m[int($g[$0, c])]) for r in range(height($g))"
    " if r != $0 and ($g[r] != {bg}).any()"
    " for m in [dict(zip($g[$0][$g[r] != {bg}].tolist(), $g[r][$g[r] != {bg}].tolist()))]"
    " for c in range(width($g)) if int($g[$0, c]) in m)))",
)
"""A full row as template; each started row completed with the template's colours swapped
the way its started cells show."""


def analogies(f: Facts) -> list[Transform]:
    """Started rows (or columns) completed like the one full row, colours swapped to match."""
    if not f.same_shape:
        return []
    rows = tuple(x.format(bg=f.background) for x in ANALOGY)
    cols = ("mirror($g, 'd')", *(x.replace("$0", "$1").replace("$g", "$0") for x in rows))
    found = [
        Transform("analogy", rows, KEEP),
        Transform("analogy", (*cols, "mirror($2, 'd')"), KEEP),
    ]
    return _keep(found, f)[:1]


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
    return _keep(found, f)[:1]


def noise_fills(f: Facts) -> list[Transform]:
    """Cells of a noise colour (one gone from the outputs, or each input's rarest) given their
    neighbours' main colour (ties going to a non-background colour)."""
    if not f.same_shape or not f.gone_colours:
        return []
    found = []
    for n in ("least_common($g)", *map(str, f.gone_colours)):
        for steps in (SIDES_4, SIDES_4 + CORNERS_4):
            lines = (
                n,
                f"[(r, c, [int($g[r + a, c + b]) for a, b in {steps!r}"
                " if 0 <= r + a < height($g) and 0 <= c + b < width($g)"
                " and $g[r + a, c + b] != $0]) for r, c in find($g, $0)]",
                f"paint($g, Object(frozenset((r, c, max((nb.count(x), x != {f.background}, x)"
                f" for x in set(nb))[2]) for r, c, nb in $1 if nb)))",
            )
            found.append(Transform("noise fill", lines, KEEP))
    return _keep(found, f)[:1]


def crossings(f: Facts) -> list[Transform]:
    """A ring in the new colour around where a full row and a full column cross."""
    if not f.same_shape or len(f.new_colours) != 1:
        return []
    bg = f.background
    lines = (
        f"[i for i in range(height($g)) if ($g[i] != {bg}).all()][0]",
        f"[j for j in range(width($g)) if ($g[:, j] != {bg}).all()][0]",
        f"outline($g, $0 - 1, $1 - 1, 3, 3, {f.new_colours[0]})",
    )
    return _keep([Transform("crossing", lines, KEEP)], f)


def frame_fits(f: Facts) -> list[Transform]:
    """The frame of one colour cropped, with the rest of the grid blown up to fill it."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    found = []
    for k in f.colours:
        if k == bg or not all((a == k).any() for a, _ in f.train):
            continue
        lines = (
            f"crop($g, *bbox(from_grid(only($g, {k}, {bg}), {bg})))",
            f"trim(replace($g, {k}, {bg}), {bg})",
            "upscale($1, (height($0) - 2) // height($1))",
            f"overlay($0, pad($2, 1, {bg}), {bg})",
        )
        found.append(Transform("frame fit", lines, SHRINK))
    return _keep(found, f)[:1]


NOTCHES = (
    "[(r + i * (2 * (r - t) - 1), c + i * (2 * (c - l) - 1), color(o))"
    " for o in objects($g, {bg}, False, False) if size(o) == 3"
    " for t, l, h, w in [bbox(o)] if h == 2 and w == 2"
    " for r in (t, t + 1) for c in (l, l + 1) if (r, c) not in cells(o)"
    f" for i in range(1, {REACH})]"
)
"""Cells of the diagonal ray leaving the empty corner of each three-cell L, away from it."""


def notch_rays(f: Facts) -> list[Transform]:
    """A ray from each L of three cells out through its empty corner, in the L's colour."""
    if not f.same_shape:
        return []
    lines = (NOTCHES.format(bg=f.background), "paint($g, Object(frozenset($0)))")
    return _keep([Transform("notch ray", lines, KEEP)], f)


def marker_crops(f: Facts) -> list[Transform]:
    """The object holding a marker colour (one every input has), cut out as it is or all in
    its main colour."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    found = []
    for k in f.colours:
        if k == bg or not all((a == k).any() for a, _ in f.train):
            continue
        pick = f"[o for o in objects($g, {bg}, True, True) if {k} in [v for _, _, v in o.cells]][0]"
        for draw in (f"subgrid($0, {bg})", f"subgrid(recolor($0, color($0)), {bg})"):
            found.append(Transform("marker crop", (pick, draw), SHRINK))
    return _keep(found, f)[:1]


def corner_nests(f: Facts) -> list[Transform]:
    """Nested L bands from the top-left corner (colours read down the diagonal) continued over
    the larger output."""
    if not f.scale or f.scale[0] != f.scale[1]:
        return []
    k, bg = f.scale[0], f.background
    lines = (
        f"[int($g[i, i]) for i in range(min(height($g), width($g))) if $g[i, i] != {bg}]",
        f"paint(canvas({bg}, {k} * height($g), {k} * width($g)), Object(frozenset("
        f"(r, c, $0[max(r, c) % len($0)]) for r in range({k} * height($g))"
        f" for c in range({k} * width($g)))))",
    )
    return _keep([Transform("corner nest", lines, ("scale", k, k))], f)


def shrunk_fractals(f: Facts) -> list[Transform]:
    """The trimmed shape shrunk by its block size, then copied into each of its own cells."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    found = []
    for k in (2, 3, 4):
        for c in f.out_colours:
            if c == bg:
                continue
            lines = (
                f"downscale(trim($g, {bg}), {k})",
                "upscale($0, height($0))",
                "tile($0, height($0), width($0))",
                f"combine($1, $2, 'and', {c}, {bg})",
            )
            found.append(Transform("shrunk fractal", lines, ANY))
    return _keep(found, f)[:1]


HOLE_LINES = (
    "least_common($g)",
    "[(t, l, h, w) for o in objects($g, $0, False, False) for t, l, h, w in [bbox(o)]]",
    "[x for r0, c0 in find($g, $0) for t, l, h, w in $1"
    " if t <= r0 < t + h and l <= c0 < l + w"
    " for x in ([(r, c0) for r in range(t, t + h)] if h <= w"
    " else [(r0, c) for c in range(l, l + w)])]",
    "fill_cells($g, $2, $0)",
)
"""Each hole (the rarest colour) drawn as a line across the band holding it, along the band's
shorter side."""


def hole_lines(f: Facts) -> list[Transform]:
    """Holes stretched into lines across the bands of colour they sit in."""
    if not f.same_shape:
        return []
    return _keep([Transform("hole line", HOLE_LINES, KEEP)], f)


def _tile(f: Facts, q: int, p: int) -> list[list[int]] | None:
    """The q-by-p tile every train output repeats from its top-left corner, if one does."""
    tile = [[-1] * p for _ in range(q)]
    for _, b in f.train:
        for (r, c), v in np.ndenumerate(b):
            if tile[r % q][c % p] == -1:
                tile[r % q][c % p] = int(v)
            elif tile[r % q][c % p] != v:
                return None
    return None if any(-1 in row for row in tile) else tile


def _period(grids: list[Grid], axis: int) -> int:
    """The least shift along the axis that maps every grid onto itself where it overlaps."""
    longest = max(g.shape[axis] for g in grids)
    for p in range(1, longest):
        if all(
            np.array_equal(
                np.take(g, range(p, g.shape[axis]), axis),
                np.take(g, range(0, g.shape[axis] - p), axis),
            )
            for g in grids
        ):
            return p
    return longest


def learned_tiles(f: Facts) -> list[Transform]:
    """The input's size filled with the one periodic pattern all train outputs are cut from
    (patterns continued past the end)."""
    if not f.same_shape or len(f.train) < 2:
        return []
    outs = [b for _, b in f.train]
    q, p = _period(outs, 0), _period(outs, 1)
    if q == max(b.shape[0] for b in outs) and p == max(b.shape[1] for b in outs):
        return []
    tile = _tile(f, q, p)
    if tile is None:
        return []
    cells = tuple(tuple(row) for row in tile)
    draw = (
        "paint(canvas(0, height($g), width($g)), Object(frozenset("
        f"(r, c, {cells!r}[r % {q}][c % {p}])"
        " for r in range(height($g)) for c in range(width($g)))))"
    )
    return _keep([Transform("learned tile", (draw,), KEEP)], f)


def jigsaws(f: Facts) -> list[Transform]:
    """The two pieces of the input slid together to fill the fixed output box exactly."""
    if f.out_shape is None or f.same_shape:
        return []
    h, w, bg = *f.out_shape, f.background
    if any(len(dsl.objects(a, bg, True, False)) != 2 for a, _ in f.train):
        return []
    places = f"for y in range({h}) for x in range({w})"
    lines = (
        f"[normalize(o) for o in objects($g, {bg}, True, False)]",
        f"[(a, b) for a in [move($0[0], y, x) {places}] for b in [move($0[1], y, x) {places}]"
        f" if len($0) == 2 and len(set(cells(a)) | set(cells(b))) == {h * w}"
        f" and size(a) + size(b) == {h * w}"
        f" and max(r for r, _ in cells(a) + cells(b)) < {h}"
        f" and max(c for _, c in cells(a) + cells(b)) < {w}][0]",
        f"paint(paint(canvas({bg}, {h}, {w}), $1[0]), $1[1])",
    )
    return _keep([Transform("jigsaw", lines, ANY)], f)


def stencils(f: Facts) -> list[Transform]:
    """The smaller object's cells kept where the largest object, shrunk to its size, has
    cells (a colour patch cut by a blocky stencil)."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    lines = (
        f"sorted(objects($g, {bg}, True, True), key=size)",
        f"subgrid($0[-1], {bg})",
        f"subgrid($0[-2], {bg})",
        "downscale($1, height($1) // height($2))",
        f"$2 * ($3 != {bg}) + {bg} * ($3 == {bg})",
    )
    return _keep([Transform("stencil", lines, SHRINK)], f)


def panel_pointers(f: Facts) -> list[Transform]:
    """The panel holding a marker colour moved to the panel the marker's place in it points
    at; every other panel emptied, the dividers kept."""
    if not f.same_shape or any(len(dsl.partition(a)) < 2 for a, _ in f.train):
        return []
    bg = f.background
    found = []
    for k in f.colours:
        if k == bg or not all((a == k).any() for a, _ in f.train):
            continue
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
    return _keep(found, f)[:1]


DASHES = (
    "[(r, c) for t, l, h, w in [bbox(from_grid(only({g}, {k}, {bg}), {bg}))]"
    " for r in range(t, t + h) if 2 * count_color({g}[r : r + 1, l : l + w], {k}) >= max(w, 6)"
    " for c in range(l, l + w) if {g}[r, c] == {bg}]"
)
"""Background cells, within the box of a colour's cells, of the rows that colour mostly fills
across the box."""


def dash_fills(f: Facts) -> list[Transform]:
    """Gaps in dashed lines (rows and columns mostly of one colour) filled in the new colour."""
    if not f.same_shape or len(f.new_colours) != 1:
        return []
    bg, new = f.background, f.new_colours[0]
    found = []
    for k in f.colours:
        if k == bg:
            continue
        lines = (
            DASHES.format(g="$g", k=k, bg=bg),
            "mirror($g, 'd')",
            DASHES.format(g="$1", k=k, bg=bg),
            f"fill_cells(fill_cells($g, $0, {new}), [(c, r) for r, c in $2], {new})",
        )
        found.append(Transform("dash fill", lines, KEEP))
    return _keep(found, f)[:1]


FRAME_RAYS = (
    "[r for r in range(height($g)) for row in [$g[r : r + 1]]"
    " if most_common(row) != {bg} and count_color(row, most_common(row)) >= width($g) - 2]",
    "[c for c in range(width($g)) for col in [$g[:, c : c + 1]]"
    " if most_common(col) != {bg} and count_color(col, most_common(col)) >= height($g) - 2]",
    "crop($g, $0[0], $1[0], $0[-1] - $0[0] + 1, $1[-1] - $1[0] + 1)",
    "[(y, x, int(v)) for r in range(1, height($2) - 1) for c in range(1, width($2) - 1)"
    " for v in [$2[r, c]] if v != {bg}"
    " for y, x in ([(y, c) for y in range(1, r)] if v == $2[0, 1] else"
    " [(y, c) for y in range(r, height($2) - 1)] if v == $2[-1, 1] else"
    " [(r, x) for x in range(1, c)] if v == $2[1, 0] else"
    " [(r, x) for x in range(c, width($2) - 1)] if v == $2[1, -1] else [])]",
    "paint($2, Object(frozenset($3)))",
)
"""Rows and columns mostly of one colour, the box they frame, and rays from the cells inside
to the side line of the same colour."""


def framed_rays(f: Facts) -> list[Transform]:
    """The box between the outermost full lines, each cell inside drawn as a ray to the side
    line of its own colour."""
    if f.same_shape:
        return []
    lines = tuple(x.format(bg=f.background) for x in FRAME_RAYS)
    return _keep([Transform("framed ray", lines, SHRINK)], f)


def track_slides(f: Facts) -> list[Transform]:
    """The object of one colour slid one step along the dotted track of another colour (the
    track's spacing, rightwards on a row, downwards on a column)."""
    if not f.same_shape:
        return []
    bg = f.background
    shared = [c for c in f.colours if c != bg and all((a == c).any() for a, _ in f.train)]
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
    return _keep(found, f)[:1]


INSIDE = "{b}[0] <= t and t + h <= {b}[0] + {b}[2] and {b}[1] <= l and l + w <= {b}[1] + {b}[3]"
"""Whether the box (t, l, h, w) lies in the box `b`."""


def shape_matches(f: Facts) -> list[Transform]:
    """Objects shaped like a template (an object in the box of a frame colour, or inside a
    closed ring of it) recoloured in the frame's or the template's colour."""
    if not f.same_shape:
        return []
    bg = f.background
    shared = [c for c in f.colours if c != bg and all((a == c).any() for a, _ in f.train)]
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
    return _keep(found, f)[:1]


FAMILIES = (
    lookups,
    edge_pads,
    colour_orders,
    shape_swaps,
    hops,
    lattices,
    line_ends,
    region_recolours,
    ring_reversals,
    markers,
    square_fills,
    key_masks,
    panel_counts,
    corner_rays,
    quarter_stacks,
    analogies,
    pivot_mirrors,
    noise_fills,
    crossings,
    frame_fits,
    notch_rays,
    marker_crops,
    corner_nests,
    shrunk_fractals,
    hole_lines,
    learned_tiles,
    jigsaws,
    stencils,
    panel_pointers,
    dash_fills,
    framed_rays,
    track_slides,
    shape_matches,
)
