"""Outputs built from copies of the grid or its panels: panels stacked by priority, edge-sharing
mirrors, checkerboard blends with a mirror image, colour-keyed fractals, continued patterns."""

from __future__ import annotations

from itertools import permutations

from evo.library.fitted.checks import cellwise, fitting
from evo.library.infer import Facts
from evo.library.transforms import ANY, KEEP, Transform, apply


def panel_stacks(f: Facts) -> list[Transform]:
    """Equal panels laid over each other in a priority order read off train."""
    if f.out_shape is None and f.same_shape:
        return []
    bg = f.background
    found = []
    for split in ("hsplit", "vsplit"):
        for k in (2, 3, 4):
            for order in permutations(range(k)):
                expr = f"$0[{order[-1]}]"
                for i in reversed(order[:-1]):
                    expr = f"overlay({expr}, $0[{i}], {bg})"
                found.append(Transform("panel stack", (f"{split}($g, {k})", expr)))
    shaped = [t for t in found if _shape_fits(t, f)]
    return fitting(shaped, f.train, 2)


def _shape_fits(t: Transform, f: Facts) -> bool:
    """Whether the transform's output on the first train input has its output's shape."""
    a, b = f.train[0]
    out = apply(t, a)
    return out is not None and out.shape == b.shape


def edge_mirrors(f: Facts) -> list[Transform]:
    """The grid joined with its mirror image sharing the edge row or column (run twice: 4n-3)."""
    found = []
    for axis, join in ((0, "vconcat"), (1, "hconcat")):
        if not f.train or not all(_mirrored(a.shape[axis], b.shape[axis]) for a, b in f.train):
            continue
        if axis == 0:
            cut = "crop(mirror($g, 'v'), {s}, 0, height($g) - 1, width($g))"
        else:
            cut = "crop(mirror($g, 'h'), 0, {s}, height($g), width($g) - 1)"
        found.append(Transform("edge mirror", (f"{join}($g, {cut.format(s=1)})",), ANY))
        found.append(Transform("edge mirror", (f"{join}({cut.format(s=0)}, $g)",), ANY))
    return found


def _mirrored(a: int, b: int) -> bool:
    """Whether a side of b cells is a side of a cells mirrored once or twice sharing the edge."""
    return a > 1 and b in (2 * a - 1, 4 * a - 3)


IMAGES = ("mirror($g, 'h')", "mirror($g, 'v')", "rotate($g, 2)", "mirror($g, 'd')")


def checker_blends(f: Facts) -> list[Transform]:
    """Alternate cells (checkerboard, columns or rows) taken from a mirror image of the grid."""
    if not f.same_shape:
        return []
    found = []
    for image in IMAGES:
        for mask in ("(r + c) % 2", "c % 2", "r % 2"):
            for parity in (0, 1):
                cell = f"($g if {mask} == {parity} else $0)[r, c]"
                found.append(Transform("checker blend", (image, cellwise(cell)), KEEP))
    return fitting(found, f.train, 2)


def keyed_fractals(f: Facts) -> list[Transform]:
    """The grid copied into the blocks of an upscaled grid whose cell has one given colour."""
    if f.scale is None or any(b.shape != (a.shape[0] ** 2, a.shape[1] ** 2) for a, b in f.train):
        return []
    bg = f.background
    found = []
    for c in f.colours:
        lines = (
            "upscale($g, height($g))",
            "tile($g, height($g), width($g))",
            f"tile([[$1[r, k] if $0[r, k] == {c} else {bg} for k in range(width($0))]"
            " for r in range(height($0))], 1, 1)",
        )
        found.append(Transform("keyed fractal", lines))
    return fitting(found, f.train, 1)


def continuations(f: Facts) -> list[Transform]:
    """The grid's repeating strip (found ignoring background) repeated across or down it all."""
    if not f.same_shape:
        return []
    bg = f.background
    across = (
        f"period($g, 'h', {bg})",
        "crop(tile(crop($g, 0, 0, height($g), $0), 1, width($g) // $0 + 1),"
        " 0, 0, height($g), width($g))",
    )
    down = (
        f"period($g, 'v', {bg})",
        "crop(tile(crop($g, 0, 0, $0, width($g)), height($g) // $0 + 1, 1),"
        " 0, 0, height($g), width($g))",
    )
    return fitting(
        [Transform("continue", across, KEEP), Transform("continue", down, KEEP)], f.train, 3
    )
