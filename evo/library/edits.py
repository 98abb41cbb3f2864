"""Transforms that edit a grid in place (objects removed, repainted, moved) or build from it."""

from __future__ import annotations

from evo.library.infer import Facts
from evo.library.parts import CONNECTIVITY
from evo.library.transforms import KEEP, SHRINK, Transform

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def denoise(f: Facts) -> list[Transform]:
    """Small objects erased, every object but the largest erased, or (when train only erases)
    cells with fewer than one or two non-background neighbours erased."""
    bg = f.background
    found = []
    for diagonal, multi in CONNECTIVITY:
        listing = f"objects($g, {bg}, {diagonal}, {multi})"
        for most in (1, 2):
            erase = f"fill_cells($g, [x for o in $0 if size(o) <= {most} for x in cells(o)], {bg})"
            found.append(Transform("denoise", (listing, erase), KEEP))
        keep = f"fill_cells($g, [x for o in $0 if o != $1 for x in cells(o)], {bg})"
        found.append(Transform("denoise", (listing, "max($0, key=size)", keep), KEEP))
    near = f"0 <= r + a < height($g) and 0 <= c + b < width($g) and $g[r + a, c + b] != {bg}"
    every = f"(r, c) for r in range(height($g)) for c in range(width($g)) if $g[r, c] != {bg}"
    erases = f.same_shape and all(((b == a) | (b == bg)).all() for a, b in f.train)
    for most in (1, 2) if erases else ():
        cells = f"[{every} and sum({near} for a, b in {STEPS}) < {most}]"
        found.append(Transform("denoise", (f"fill_cells($g, {cells}, {bg})",), KEEP))
    return found


def repaint(f: Facts) -> list[Transform]:
    """The largest or smallest object painted over in a colour the outputs bring in."""
    bg = f.background
    found = []
    for c in (c for c in f.new_colours if c != bg):
        for diagonal in (False, True):
            listing = f"objects($g, {bg}, {diagonal}, False)"
            for pick in ("max", "min"):
                lines = (listing, f"paint($g, recolor({pick}($0, key=size), {c}))")
                found.append(Transform("repaint", lines, KEEP))
    return found


def shifts(f: Facts) -> list[Transform]:
    """The contents moved one cell in each direction."""
    return [
        Transform("shift", (f"shift($g, {dr}, {dc}, {f.background})",), KEEP) for dr, dc in STEPS
    ]


def fractal(f: Facts) -> list[Transform]:
    """The grid tiled over itself: each non-background cell (or background cell) holds a copy."""
    if f.scale is None or f.scale[0] != f.scale[1]:
        return []
    k, bg = f.scale[0], f.background
    colours: list[int | str] = [c for c in f.out_colours if c != bg]
    colours.append(f"max(palette($g), key=lambda c: (c != {bg}) * count_color($g, c))")
    found = []
    for op in ("and", "right"):
        for c in colours:
            lines = (
                f"upscale($g, {k})",
                f"tile($g, {k}, {k})",
                f"combine($0, $1, {op!r}, {c}, {bg})",
            )
            found.append(Transform("fractal", lines, ("scale", k, k)))
    return found


def self_scaled(f: Facts) -> list[Transform]:
    """The grid blown up by its own number of colours (less the background)."""
    lines = (f"upscale($g, len([c for c in palette($g) if c != {f.background}]))",)
    return [Transform("scale", lines), Transform("scale", ("upscale($g, len(palette($g)))",))]


def quadrants(f: Facts) -> list[Transform]:
    """One quarter of the grid."""
    found = []
    for i in (0, 1):
        for j in (0, 1):
            found.append(Transform("quadrant", (f"vsplit(hsplit($g, 2)[{j}], 2)[{i}]",), SHRINK))
    return found


def canvases(f: Facts) -> list[Transform]:
    """A grid of the fixed output shape (or a row, column or square's diagonal as long as a
    count of the input) filled with the input's most or least common colour."""
    bg = f.background
    if f.same_shape:
        lines = ("canvas(most_common($g), height($g), width($g))",)
        return [Transform("canvas", lines, KEEP)]
    picks = (
        "most_common($g)",
        "least_common($g)",
        f"max(palette($g), key=lambda c: (c != {bg}) * count_color($g, c))",
    )
    if f.out_shape is not None:
        h, w = f.out_shape
        return [Transform("canvas", (f"canvas({p}, {h}, {w})",)) for p in picks]
    counts = (
        f"height($g) * width($g) - count_color($g, {bg})",
        f"len(objects($g, {bg}, False, False))",
        f"len(objects($g, {bg}, True, False))",
        "len(palette($g)) - 1",
    )
    found = []
    if all(b.shape[0] == b.shape[1] for _, b in f.train):
        diagonal = f"fill_cells(canvas({bg}, $0, $0), [(i, i) for i in range($0)], {picks[2]})"
        found += [Transform("count", (n, diagonal)) for n in counts]
    for side in (0, 1):
        if all(b.shape[side] == 1 for _, b in f.train):
            for n in counts:
                shape = (f"1, {n}", f"{n}, 1")[side]
                found.append(Transform("count", (f"canvas({picks[2]}, {shape})",)))
    return found
