"""Rays and lines drawn to the edge or across a band: from line ends, object corners, notches and
holes, through gaps in dashed lines, and inside a box of full lines."""

from __future__ import annotations

from itertools import product

from evo.library.fitted.checks import fitting
from evo.library.infer import Facts
from evo.library.transforms import KEEP, SHRINK, Transform

REACH = 30
"""Steps a drawn ray takes; the longest ARC side, so every ray reaches the edge."""


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
    return fitting(found, f.train, 1)


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
    return fitting(found, f.train, 1)


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
    return fitting([Transform("notch ray", lines, KEEP)], f.train, 1)


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
    return fitting([Transform("hole line", HOLE_LINES, KEEP)], f.train, 1)


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
    return fitting(found, f.train, 1)


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
    return fitting([Transform("framed ray", lines, SHRINK)], f.train, 1)
