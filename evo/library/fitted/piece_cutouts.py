"""Smaller outputs built from pieces of the input: quarters stacked, a frame refilled, a marked
object cut out, two pieces fitted together, and a patch cut by a stencil."""

from __future__ import annotations

from itertools import permutations

import dsl
from evo.library.fitted.checks import fitting
from evo.library.infer import Facts, shared_colours
from evo.library.transforms import ANY, SHRINK, Transform

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
    return fitting(found, f.train, 1)


def frame_fits(f: Facts) -> list[Transform]:
    """The frame of one colour cropped, with the rest of the grid blown up to fill it."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    found = []
    for k in shared_colours(f):
        lines = (
            f"crop($g, *bbox(from_grid(only($g, {k}, {bg}), {bg})))",
            f"trim(replace($g, {k}, {bg}), {bg})",
            "upscale($1, (height($0) - 2) // height($1))",
            f"overlay($0, pad($2, 1, {bg}), {bg})",
        )
        found.append(Transform("frame fit", lines, SHRINK))
    return fitting(found, f.train, 1)


def marker_crops(f: Facts) -> list[Transform]:
    """The object holding a marker colour (one every input has), cut out as it is or all in
    its main colour."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    found = []
    for k in shared_colours(f):
        pick = f"[o for o in objects($g, {bg}, True, True) if {k} in [v for _, _, v in o.cells]][0]"
        for draw in (f"subgrid($0, {bg})", f"subgrid(recolor($0, color($0)), {bg})"):
            found.append(Transform("marker crop", (pick, draw), SHRINK))
    return fitting(found, f.train, 1)


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
    return fitting([Transform("jigsaw", lines, ANY)], f.train, 1)


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
    return fitting([Transform("stencil", lines, SHRINK)], f.train, 1)
