"""Rule families drawing lines on the grid: alternating, wall and edge-turning rays, bounces off
the side walls, outlines inside markers, and framed boxes stretched to a marker."""

from __future__ import annotations

from itertools import product

from evo.library.fitted.checks import MOST_FIT, fitting
from evo.library.fitted.panel_fills import divider
from evo.library.infer import Facts, shared_colours
from evo.library.transforms import KEEP, Transform

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
    return fitting(found, f.train, MOST_FIT)


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
    return fitting(found, f.train, MOST_FIT)


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
    return fitting([Transform("box stretch", lines, KEEP)], f.train, MOST_FIT)


def marker_outlines(f: Facts) -> list[Transform]:
    """The box one cell inside the markers of one colour outlined in the grid's other colour."""
    if not f.same_shape:
        return []
    bg = f.background
    found = []
    for m in shared_colours(f):
        lines = (
            f"bbox(from_grid(only($g, {m}, {bg}), {bg}))",
            f"[c for c in palette($g) if c not in ({bg}, {m})][0]",
            "outline($g, $0[0] + 1, $0[1] + 1, $0[2] - 2, $0[3] - 2, $1)",
        )
        found.append(Transform("marker outline", lines, KEEP))
    return fitting(found, f.train, MOST_FIT)


def bounces(f: Facts) -> list[Transform]:
    """A diagonal ray from each cell of one colour, up or down, bouncing off the side walls."""
    if not f.same_shape:
        return []
    found = []
    for x in shared_colours(f):
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
    return fitting(found, f.train, MOST_FIT)


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
    return fitting([Transform("edge turn", lines, KEEP)], f.train, MOST_FIT)
