"""Objects of one colour moved towards the cells of another: until they touch, or one step."""

from __future__ import annotations

from itertools import permutations

from evo.library.infer import Facts, shared_colours
from evo.library.transforms import KEEP, Transform

FEW = 4
"""Most colours (besides the background) in every train input for which moves are listed."""

TOUCH = (
    "($1[{a}] - {p} - {s} if {p} + {s} <= $1[{a}]"
    " else $1[{a}] + $1[{b}] - {p} if $1[{a}] + $1[{b}] <= {p} else 0)"
)
STEP = "(1 if {p} + {s} <= $1[{a}] else -1 if $1[{a}] + $1[{b}] <= {p} else 0)"
"""How far an object at position p and extent s moves along an axis towards the anchor box
`$1` (its position at index a, its extent at index b)."""


def moves(f: Facts) -> list[Transform]:
    """Each object of colour k slid towards the box of colour m until it touches, or by one."""
    if not f.same_shape:
        return []
    bg = f.background
    shared = shared_colours(f)
    if len(shared) > FEW:
        return []
    found = []
    for k, m in permutations(shared, 2):
        for rule in (TOUCH, STEP):
            dy = rule.format(a=0, b=2, p="t", s="h")
            dx = rule.format(a=1, b=3, p="l", s="w")
            lines = (
                f"[o for o in objects($g, {bg}, True, False) if color(o) == {k}]",
                f"bbox(from_grid(only($g, {m}, {bg}), {bg}))",
                f"[(o, {dy}, {dx}) for o in $0 for t, l, h, w in [bbox(o)]]",
                f"fill_cells($g, [x for o in $0 for x in cells(o)], {bg})",
                f"fill_cells($3, [(r + y, c + x) for o, y, x in $2 for r, c in cells(o)], {k})",
            )
            found.append(Transform("move", lines, KEEP))
    return found
