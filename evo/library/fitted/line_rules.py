"""Families that draw straight lines the train pairs show: lines that hit a target, fill
corridors, cross objects or marked edges, project onto blocks, and join cells of one colour."""

from __future__ import annotations

from evo.library.fitted.checks import fits, fitting
from evo.library.fitted.divided_panels import divider_colour
from evo.library.fitted.pair_reading import (
    SIDES,
    changed_colours,
    rarest,
    same_pairs,
    sparse_colours,
)
from evo.library.infer import Facts, shared_colours
from evo.library.transforms import KEEP, Transform


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
    pairs, bg = same_pairs(f), f.background
    if not pairs:
        return []
    found = []
    for k in sparse_colours(f, pairs):
        if not all(((a == bg) & (b == k)).any() for a, b in pairs):
            continue
        for x in f.colours:
            if x not in (bg, k):
                found.append(_hitting(str(k), str(bg), f"v == {x}"))
    rare, common = "least_common($g)", "most_common($g)"
    if all(((a != rarest(a)) & (b == rarest(a))).any() for a, b in pairs):
        found.append(_hitting(rare, common, f"v not in ({common}, {rare})"))
    return fitting(found, pairs, 2)


def line_fills(f: Facts) -> list[Transform]:
    """Rows and columns that are background between their two end cells, painted as train
    shows (corridors across a framed grid)."""
    pairs, bg = same_pairs(f), f.background
    changes = list(changed_colours(pairs))
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
    return fitting(found, pairs, 1)


def cross_lines(f: Facts) -> list[Transform]:
    """Lines across the grid through the middle row and column of each object, painted over
    background in the colour train shows."""
    pairs, bg = same_pairs(f), f.background
    changes = list(changed_colours(pairs))
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
    return fitting(found, pairs, 1)


def projections(f: Facts) -> list[Transform]:
    """Each lone cell's colour copied onto the first cell of a block it points at."""
    pairs, bg = same_pairs(f), f.background
    found = []
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    free = inside.format(j="j") + f" and $g[r + j * a, c + j * b] == {bg}"
    end = f"next((j for j in range(1, 31) if not ({free})), 0)"
    for x in shared_colours(f):
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
    return fitting(found, pairs, 1)


def crossings(f: Facts) -> list[Transform]:
    """A full row and column through every non-background cell in its colour, the cells where
    lines of two colours cross painted in the colour train shows."""
    pairs, bg = same_pairs(f), f.background
    fresh = {new for old, new in changed_colours(pairs)} & set(f.new_colours)
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
    return fitting(found, pairs, 1)


def _cells(bg: int) -> str:
    """The non-background cells of `$g` as a list of (row, column)."""
    return f"[(r, c) for r in range(height($g)) for c in range(width($g)) if $g[r, c] != {bg}]"


def marker_rays(f: Facts) -> list[Transform]:
    """A ray from the one cell of the rarest colour, heading through the shape it sits on and
    on over background to the edge."""
    pairs, bg = same_pairs(f), f.background
    if not pairs or not all(((a == rarest(a)).sum()) == 1 for a, _ in pairs):
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
    return [found] if fits(found, pairs) else []


def edge_crossings(f: Facts) -> list[Transform]:
    """Background cells in a row marked on one side edge and a column marked on the top or
    bottom edge, painted as train shows."""
    pairs, bg = same_pairs(f), f.background
    changes = list(changed_colours(pairs))
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
    return fitting(found, pairs, 1)


def blocked_joins(f: Facts) -> list[Transform]:
    """Background between two cells of one colour in a row or column painted in it, when only
    background or divider lines lie between."""
    pairs, bg = same_pairs(f), f.background
    if not pairs:
        return []
    inside = "0 <= r + {j} * a < height($g) and 0 <= c + {j} * b < width($g)"
    stop = f"not ({inside.format(j='j')}) or $g[r + j * a, c + j * b] not in ({bg}, $0)"
    end = f"next((j for j in range(1, 31) if {stop}), 0)"
    found = []
    for divided in (True, False):
        lines = (
            divider_colour() if divided else "-1",
            f"[(r, c, $g[r, c]) for r in range(height($g)) for c in range(width($g))"
            f" if $g[r, c] not in ({bg}, $0)]",
            f"Object(frozenset((r + i * a, c + i * b, v) for r, c, v in $1"
            f" for a, b in ((0, 1), (1, 0)) for n in [{end}]"
            f" if {inside.format(j='n')} and $g[r + n * a, c + n * b] == v"
            f" for i in range(1, n) if $g[r + i * a, c + i * b] == {bg}))",
            "paint($g, $2)",
        )
        found.append(Transform("blocked join", lines, KEEP))
    return fitting(found, pairs, 1)
