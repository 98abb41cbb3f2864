"""Whole-grid transform families and the task's library: every family instantiated from Facts."""

from __future__ import annotations

from evo.library.compact import corners, dedupes, tiles
from evo.library.edits import canvases, denoise, fractal, quadrants, repaint, self_scaled, shifts
from evo.library.fitted import FITTED
from evo.library.infer import Facts
from evo.library.local import locals_
from evo.library.moves import moves
from evo.library.parts import (
    colour_boxes,
    object_crops,
    panel_colours,
    panel_logic,
    panel_picks,
    unique_shape_crops,
)
from evo.library.recolour import recolours
from evo.library.strokes import joins, rays, stamps
from evo.library.transforms import FAILURES, KEEP, SHRINK, SWAP, Transform

AXES = ("h", "v", "d", "a")
DIRECTIONS = ("down", "up", "left", "right")


def geometry(f: Facts) -> list[Transform]:
    """Quarter turns and mirrors."""
    turns = [
        Transform("geometry", (f"rotate($g, {k})",), KEEP if k == 2 else SWAP) for k in (1, 2, 3)
    ]
    flips = [
        Transform("geometry", (f"mirror($g, {a!r})",), KEEP if a in "hv" else SWAP) for a in AXES
    ]
    return turns + flips


def trims(f: Facts) -> list[Transform]:
    """Crop to the non-background box, to the inside of a frame, or by one cell each side."""
    bg = f.background
    found = [Transform("trim", (f"trim($g, {c})",), SHRINK) for c in f.colours]
    inner = "crop($g, 1, 1, height($g) - 2, width($g) - 2)"
    found.append(Transform("trim", (inner,), ("add", -2, -2)))
    found.append(Transform("trim", (f"trim($g, {bg})", inner.replace("$g", "$0")), SHRINK))
    return found


def _factors(f: Facts, wanted: tuple[int, int] | None) -> list[tuple[int, int]]:
    return [wanted] if wanted else [(2, 2), (3, 3), (1, 2), (2, 1)]


def scaling(f: Facts) -> list[Transform]:
    """Tiles, block upscales and downscales with factors from the shape ratio when it is fixed."""
    found = []
    for r, c in _factors(f, f.scale):
        found.append(Transform("scale", (f"tile($g, {r}, {c})",), ("scale", r, c)))
        if r == c:
            found.append(Transform("scale", (f"upscale($g, {r})",), ("scale", r, r)))
    for r, c in _factors(f, f.shrink):
        if r == c:
            found.append(Transform("scale", (f"downscale($g, {r})",), ("down", r, r)))
    return found


WIDE, TALL, BOTH = ("scale", 1, 2), ("scale", 2, 1), ("scale", 2, 2)
MIRROR_JOINS = (
    (("hconcat($g, mirror($g, 'h'))",), WIDE),
    (("hconcat(mirror($g, 'h'), $g)",), WIDE),
    (("vconcat($g, mirror($g, 'v'))",), TALL),
    (("vconcat(mirror($g, 'v'), $g)",), TALL),
    (("hconcat($g, mirror($g, 'h'))", "vconcat($0, mirror($0, 'v'))"), BOTH),
    (("hconcat($g, mirror($g, 'h'))", "vconcat(mirror($0, 'v'), $0)"), BOTH),
    (("hconcat(mirror($g, 'h'), $g)", "vconcat($0, mirror($0, 'v'))"), BOTH),
    (("hconcat(mirror($g, 'h'), $g)", "vconcat(mirror($0, 'v'), $0)"), BOTH),
    (("hconcat($g, rotate($g, 1))", "vconcat($0, rotate($0, 2))"), BOTH),
    (("hconcat($g, rotate($g, 3))", "vconcat($0, rotate($0, 2))"), BOTH),
    (("hconcat($g, rotate($g, 2))",), WIDE),
    (("vconcat($g, rotate($g, 2))",), TALL),
    (("hconcat($g, $g)",), WIDE),
    (("vconcat($g, $g)",), TALL),
)


def mirror_joins(f: Facts) -> list[Transform]:
    """The grid joined with its mirror images or turns (symmetric completions, kaleidoscopes)."""
    return [Transform("mirror join", lines, shape) for lines, shape in MIRROR_JOINS]


def colours(f: Facts) -> list[Transform]:
    """Keep one colour, remove one colour, or swap foreground for an output colour."""
    bg = f.background
    found = [Transform("keep colour", (f"only($g, {c}, {bg})",), KEEP) for c in f.colours]
    found.append(Transform("keep colour", (f"only($g, least_common($g), {bg})",), KEEP))
    found += [Transform("drop colour", (f"replace($g, {c}, {bg})",), KEEP) for c in f.colours]
    found += [
        Transform("keep colour", (f"only($g, most_common($g), {c})",), KEEP) for c in f.new_colours
    ]
    return found


def drawing(f: Facts) -> list[Transform]:
    """Gravity in each direction and filling enclosed background."""
    bg = f.background
    found = [Transform("gravity", (f"gravity($g, {d!r}, {bg})",), KEEP) for d in DIRECTIONS]
    fills = [c for c in f.new_colours if c != bg] or [c for c in f.out_colours if c != bg]
    found += [Transform("fill", (f"fill_enclosed($g, {c}, {bg})",), KEEP) for c in fills]
    found += [Transform("border", (f"pad($g, 1, {c})",), ("add", 2, 2)) for c in f.out_colours]
    return found


def patterns(f: Facts) -> list[Transform]:
    """Noise cells repainted from a mirror image or from the grid's repeating tile."""
    noise = list(f.gone_colours) or ([f.background] if f.same_shape else [])
    found = []
    for c in noise:
        found += [Transform("symmetry", (f"symmetrize($g, {a!r}, {c})",), KEEP) for a in AXES]
        both = ("symmetrize($g, 'h', {c})", "symmetrize($0, 'v', {c})")
        found.append(Transform("symmetry", tuple(x.format(c=c) for x in both), KEEP))
        found.append(Transform("pattern", (f"fill_pattern($g, {c})",), KEEP))
    return found + ([] if f.same_shape else patches(f) + extends(f))


PATCH_FILLS = (
    ("symmetrize($g, 'h', {c})", "symmetrize($0, 'v', {c})", "symmetrize($1, 'd', {c})"),
    ("symmetrize($g, 'h', {c})", "symmetrize($0, 'v', {c})"),
    ("symmetrize($g, 'd', {c})", "symmetrize($0, 'a', {c})"),
    ("fill_pattern($g, {c})",),
)


def patches(f: Facts) -> list[Transform]:
    """The cells hidden under a noise colour's box, restored by symmetry or the repeating tile."""
    found = []
    for c in f.gone_colours:
        box = f"bbox(from_grid(only($g, {c}, {(c + 1) % 10}), {(c + 1) % 10}))"
        for fills in PATCH_FILLS:
            lines = tuple(x.format(c=c) for x in fills)
            found.append(Transform("patch", (*lines, f"crop(${len(lines) - 1}, *{box})"), SHRINK))
    return found


FAMILIES = (
    geometry,
    trims,
    scaling,
    mirror_joins,
    colours,
    drawing,
    recolours,
    locals_,
    rays,
    joins,
    stamps,
    patterns,
    object_crops,
    unique_shape_crops,
    colour_boxes,
    panel_picks,
    panel_logic,
    panel_colours,
    quadrants,
    denoise,
    repaint,
    shifts,
    moves,
    fractal,
    self_scaled,
    canvases,
    dedupes,
    tiles,
    corners,
    *FITTED,
)


def library(f: Facts) -> list[Transform]:
    """Every family's transforms for a task, in a fixed order, without duplicates; a family
    whose inference fails on an unusual task contributes nothing rather than ending the search."""
    found: dict[tuple[str, ...], Transform] = {}
    for family in FAMILIES:
        try:
            made = family(f)
        except FAILURES:
            continue
        for t in made:
            found.setdefault(t.lines, t)
    return list(found.values())


def extends(f: Facts) -> list[Transform]:
    """The grid grown to the output's size in a colour it lacks, then filled from its tile."""
    free = [c for c in range(10) if c not in f.colours and c not in f.out_colours]
    if not free or not all(
        a.shape[0] <= b.shape[0] and a.shape[1] <= b.shape[1] for a, b in f.train
    ):
        return []
    if f.out_shape is not None:
        h, w = map(str, f.out_shape)
    elif f.scale is not None:
        h, w = (f"height($g) * {f.scale[0]}", f"width($g) * {f.scale[1]}")
    else:
        return []
    n, c = f"max({h} - height($g), {w} - width($g))", free[0]
    grown = f"crop(pad($g, {n}, {c}), {n}, {n}, {h}, {w})"
    return [Transform("extend", (grown, f"fill_pattern($0, {c})"))]
