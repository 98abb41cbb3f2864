"""Families whose outputs change size: crops marked by a colour, output-sized windows laid over
each other, and strokes finished after the grid is scaled up."""

from __future__ import annotations

import dataclasses
import re

import numpy as np

from evo.library.fitted.checks import fits, fitting
from evo.library.infer import Facts, shared_colours
from evo.library.local import local_rules
from evo.library.strokes import stamps
from evo.library.transforms import ANY, SHRINK, Shape, Transform, apply


def marked_crops(f: Facts) -> list[Transform]:
    """The inside of the box the rarest colour's cells mark, as it is or with its shapes
    painted in that colour."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    head = (
        "least_common($g)",
        f"bbox(from_grid(only($g, $0, {bg}), {bg}))",
        "crop($g, $1[0] + 1, $1[1] + 1, $1[2] - 2, $1[3] - 2)",
    )
    every = "(r, c) for r in range(height($2)) for c in range(width($2))"
    paint = f"fill_cells($2, [{every} if $2[r, c] != {bg}], $0)"
    found = [Transform("marked crop", (*head, paint), SHRINK)]
    return [t for t in found if fits(t, f.train)]


def margin_crops(f: Facts) -> list[Transform]:
    """The box of one colour's cells grown by a margin read off train, cropped out."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    found = []
    for x in shared_colours(f):
        margins = set()
        for a, b in f.train:
            rows, cols = np.nonzero(a == x)
            dh = b.shape[0] - (rows.max() - rows.min() + 1)
            dw = b.shape[1] - (cols.max() - cols.min() + 1)
            margins.add((int(dh), int(dw)))
        if len(margins) != 1:
            continue
        dh, dw = margins.pop()
        if dh % 2 or dw % 2 or dh < 0 or dw < 0 or dh + dw == 0:
            continue
        mh, mw = dh // 2, dw // 2
        box = f"bbox(from_grid(only($g, {x}, {bg}), {bg}))"
        crop = f"crop($g, $0[0] - {mh}, $0[1] - {mw}, $0[2] + {dh}, $0[3] + {dw})"
        found.append(Transform("margin crop", (box, crop), SHRINK))
    return [t for t in found if fits(t, f.train)][:1]


def window_overlays(f: Facts) -> list[Transform]:
    """The output-sized windows centred on each cell of a marker colour, laid over each other
    (pieces gathered around their markers)."""
    if f.out_shape is None or f.same_shape or not f.train:
        return []
    h, w = f.out_shape
    if h % 2 == 0 or w % 2 == 0:
        return []
    centres = {int(b[h // 2, w // 2]) for _, b in f.train}
    if len(centres) != 1:
        return []
    m, bg, dh, dw = centres.pop(), f.background, h // 2, w // 2
    inside = "0 <= y < height($g) and 0 <= x < width($g)"
    window = f"for y in range(r - {dh}, r + {dh + 1}) for x in range(c - {dw}, c + {dw + 1})"
    cells = (
        f"Object(frozenset((y - r + {dh}, x - c + {dw}, $g[y, x]) for r, c in find($g, {m}) "
        f"{window} if {inside} and $g[y, x] != {bg}))"
    )
    lines = (cells, f"paint(canvas({bg}, {h}, {w}), $0)")
    found = Transform("window overlay", lines, ANY)
    return [found] if fits(found, f.train) else []


def _after(first: str, t: Transform, shape: Shape) -> Transform:
    """The transform run on the result of the one-line step `first` (its lines renumbered)."""
    lines = [first]
    for line in t.lines:
        line = re.sub(r"\$(\d+)", lambda m: f"${int(m.group(1)) + 1}", line)
        lines.append(line.replace("$g", "$0"))
    return Transform("scaled stroke", tuple(lines), shape)


def scaled_strokes(f: Facts) -> list[Transform]:
    """The grid tiled or scaled up to the output's size, then finished by stamps around cells
    or a local rule read off the scaled inputs and the outputs."""
    if f.scale is None or not f.train:
        return []
    r, c = f.scale
    firsts = [f"tile($g, {r}, {c})"] + ([f"upscale($g, {r})"] if r == c else [])
    found = []
    for first in firsts:
        step = Transform("scale", (first,), ANY)
        scaled = [(apply(step, a), b) for a, b in f.train]
        pairs = [(a, b) for a, b in scaled if a is not None and a.shape == b.shape]
        if len(pairs) < len(f.train):
            continue
        g = dataclasses.replace(f, same_shape=True, scale=None, train=tuple(pairs))
        for t in stamps(g) + local_rules(pairs, f.background):
            found.append(_after(first, t, ("scale", r, c)))
    return fitting(found, f.train, 2)
