"""Cells repainted in place in colours the train pairs show: regions by a property, rings reversed,
edge markers, empty squares, started rows, noise and the crossing of full lines."""

from __future__ import annotations

from collections.abc import Callable

import dsl
from dsl.types import Grid, Object
from evo.library.fitted.checks import fitting
from evo.library.infer import Facts
from evo.library.transforms import KEEP, Transform

SIDES_4 = ((1, 0), (-1, 0), (0, 1), (0, -1))


CORNERS_4 = ((1, 1), (1, -1), (-1, 1), (-1, -1))


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
    return fitting(found, f.train, 1)


def ring_reversals(f: Facts) -> list[Transform]:
    """Nested rings' colours (read down the diagonal) swapped end for end."""
    if not f.same_shape:
        return []
    lines = (
        "[int($g[i, i]) for i in range((min(height($g), width($g)) + 1) // 2)]",
        "[v for i, v in enumerate($0) if i == 0 or v != $0[i - 1]]",
        "map_colors($g, dict(zip($1, $1[::-1])))",
    )
    return fitting([Transform("ring reversal", lines, KEEP)], f.train, 1)


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
    return fitting(found, f.train, 1)


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
    return fitting(found, f.train, 1)


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
    return fitting(found, f.train, 1)


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
    return fitting(found, f.train, 1)


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
    return fitting([Transform("crossing", lines, KEEP)], f.train, 1)
