"""Transforms that compact a grid: repeated rows and columns dropped, the repeating tile, a
corner of the fixed output size."""

from __future__ import annotations

from evo.library.infer import Facts
from evo.library.transforms import SHRINK, Transform

DEDUPE = "$g[[i for i in range(height($g)) if i == 0 or list($g[i]) != list($g[i - 1])]]"
"""The grid less every row equal to the row above it."""


def dedupes(f: Facts) -> list[Transform]:
    """Runs of equal rows, equal columns, or both, squeezed to one."""
    if f.same_shape:
        return []
    across = ("mirror($g, 'd')", DEDUPE.replace("$g", "$0"), "mirror($1, 'd')")
    both = (DEDUPE, "mirror($0, 'd')", DEDUPE.replace("$g", "$1"), "mirror($2, 'd')")
    return [Transform("dedupe", lines, SHRINK) for lines in ((DEDUPE,), across, both)]


def tiles(f: Facts) -> list[Transform]:
    """The grid's repeating tile (background or the rarest colour as unknown cells)."""
    if f.same_shape:
        return []
    found = [Transform("tile crop", ("crop($g, 0, 0, period($g, 'v'), period($g, 'h'))",), SHRINK)]
    for c in (f.background, "least_common($g)"):
        lines = (f"crop($g, 0, 0, period($g, 'v', {c}), period($g, 'h', {c}))",)
        found.append(Transform("tile crop", lines, SHRINK))
    return found


def corners(f: Facts) -> list[Transform]:
    """A window of the fixed output size at one corner or the centre, or the four corners laid
    over each other."""
    if f.out_shape is None or f.same_shape:
        return []
    h, w = f.out_shape
    spots = [
        ("0", "0"),
        ("0", f"width($g) - {w}"),
        (f"height($g) - {h}", "0"),
        (f"height($g) - {h}", f"width($g) - {w}"),
        (f"(height($g) - {h}) // 2", f"(width($g) - {w}) // 2"),
    ]
    found = [Transform("corner", (f"crop($g, {r}, {c}, {h}, {w})",), SHRINK) for r, c in spots]
    bg = f.background
    lines = [f"crop($g, {r}, {c}, {h}, {w})" for r, c in spots[:4]]
    lines.append(f"overlay(overlay($0, $1, {bg}), overlay($2, $3, {bg}), {bg})")
    found.append(Transform("corner overlay", tuple(lines), SHRINK))
    return found
