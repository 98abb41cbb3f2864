"""Rule families building a whole new grid: mask fractals, split krons, repeated bands, stairs,
colour histograms and the largest objects' colours as columns."""

from __future__ import annotations

import numpy as np

from evo.library.fitted.checks import MOST_FIT, fitting
from evo.library.infer import Facts
from evo.library.transforms import KEEP, Transform

SMALL = 5
"""Longest side of a grid tiled over itself (its square must fit an ARC grid)."""


def _small(src: str) -> str:
    """A line passing `src` on when a fractal of it fits an ARC grid, else None (so that the
    next line fails at once instead of building a huge grid)."""
    return f"{src} if max(height({src}), width({src})) <= {SMALL} else None"


def _fractal(src: str, test: str, blank: int) -> str:
    """A line tiling `src` over itself where its cell passes `test`, else `blank`."""
    h, w = f"height({src})", f"width({src})"
    keep = f"{src}[r // {h}, c // {w}]"
    return (
        f"fill_cells(tile({src}, {h}, {w}), [(r, c) for r in range({h} * {h})"
        f" for c in range({w} * {w}) if not {keep} {test}], {blank})"
    )


def content_box(a: np.ndarray, bg: int) -> tuple[int, int]:
    """The (height, width) of a grid's non-background box, (0, 0) when it has none."""
    rows, cols = np.nonzero(a != bg)
    if not len(rows):
        return 0, 0
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)


def _squares(a: np.ndarray, bg: int) -> bool:
    """Whether the grid's sides are the squares of its non-background box's sides."""
    h, w = content_box(a, bg)
    return h > 0 and a.shape == (h * h, w * w)


def mask_fractals(f: Facts) -> list[Transform]:
    """The grid (or its trimmed content) tiled over itself where a cell is or is not the most
    or least common colour or the background, blanked elsewhere."""
    if not f.train:
        return []
    bg = f.background
    squared = all(b.shape == (a.shape[0] ** 2, a.shape[1] ** 2) for a, b in f.train)
    found = []
    if squared:
        for pick in ("most_common($g)", "least_common($g)", str(bg)):
            for op in ("==", "!="):
                for blank in f.out_colours:
                    lines: tuple[str, ...] = (_small("$g"), _fractal("$0", f"{op} {pick}", blank))
                    found.append(Transform("mask fractal", lines))
    elif f.same_shape and all(_squares(a, bg) for a, _ in f.train):
        lines = (f"trim($g, {bg})", _small("$0"), _fractal("$1", f"!= {bg}", bg))
        found.append(Transform("mask fractal", lines))
    return fitting(found, f.train, MOST_FIT)


def band_repeats(f: Facts) -> list[Transform]:
    """The band of rows (or columns) holding the content repeated across the whole grid."""
    if not f.same_shape:
        return []
    bg = f.background
    rows = (
        f"bbox(from_grid($g, {bg}))",
        "crop($g, $0[0], 0, $0[2], width($g))",
        "crop(tile($1, height($g) // $0[2] + 2, 1), $0[2] - $0[0] % $0[2], 0,"
        " height($g), width($g))",
    )
    cols = (
        f"bbox(from_grid($g, {bg}))",
        "crop($g, 0, $0[1], height($g), $0[3])",
        "crop(tile($1, 1, width($g) // $0[3] + 2), 0, $0[3] - $0[1] % $0[3],"
        " height($g), width($g))",
    )
    return fitting(
        [Transform("band repeat", rows, KEEP), Transform("band repeat", cols, KEEP)],
        f.train,
        MOST_FIT,
    )


def stairs(f: Facts) -> list[Transform]:
    """A run at the start of a one-row grid grown by one cell per row, as many rows as half
    the width."""
    if not all(a.shape[0] == 1 for a, _ in f.train):
        return []
    bg = f.background
    lines = (
        f"width($g) - count_color($g, {bg})",
        f"max(palette($g), key=lambda k: (k != {bg}) * count_color($g, k))",
        f"fill_cells(canvas({bg}, width($g) // 2, width($g)),"
        " [(r, c) for r in range(width($g) // 2) for c in range($0 + r)], $1)",
    )
    return fitting([Transform("stairs", lines)], f.train, MOST_FIT)


def _half_squared(shape: tuple[int, int]) -> tuple[int, int]:
    """The sides of half a grid (cut across its longer side), squared."""
    h, w = shape
    h, w = (h, w // 2) if w > h else (h // 2, w)
    return h * h, w * w


def split_krons(f: Facts) -> list[Transform]:
    """A grid of two halves (split across its longer side): the many-coloured half blown up
    cell by cell into copies of the other half's shape."""
    if not f.train or not all(b.shape == _half_squared(a.shape) for a, b in f.train):
        return []
    bg = f.background
    h, w = "height($1)", "width($1)"
    cells = (
        f"(r, c, $2[r // {h}, c // {w}]) for r in range(height($2) * {h})"
        f" for c in range(width($2) * {w}) if $1[r % {h}, c % {w}] != {bg}"
    )
    lines = (
        "(hsplit($g, 2) if width($g) > height($g) else vsplit($g, 2))"
        f" if max(height($g), width($g)) <= {2 * SMALL} else None",
        "min($0, key=lambda p: len(palette(p)))",
        "max($0, key=lambda p: len(palette(p)))",
        f"paint(canvas({bg}, height($2) * {h}, width($2) * {w}), Object(frozenset({cells})))",
    )
    return fitting([Transform("split kron", lines)], f.train, MOST_FIT)


def histograms(f: Facts) -> list[Transform]:
    """One column per colour, most common first, as tall as the colour's count, on a blank
    colour the outputs bring in."""
    if not f.train or f.same_shape:
        return []
    found = []
    for blank in f.new_colours:
        cells = "(r, i, k) for i, k in enumerate($0) for r in range(count_color($g, k))"
        lines = (
            "sorted(palette($g), key=lambda k: -count_color($g, k))",
            f"paint(canvas({blank}, count_color($g, $0[0]), len($0)), Object(frozenset({cells})))",
        )
        found.append(Transform("colour histogram", lines))
    return fitting(found, f.train, MOST_FIT)


def largest_columns(f: Facts) -> list[Transform]:
    """The colours of the largest objects, left to right, as columns as tall as their size."""
    if not f.train or f.same_shape:
        return []
    bg = f.background
    found = []
    for diagonal in (False, True):
        cells = "(r, i, color(o)) for i, o in enumerate($2) for r in range($1)"
        lines = (
            f"objects($g, {bg}, {diagonal}, False)",
            "max(size(o) for o in $0)",
            "sorted([o for o in $0 if size(o) == $1], key=lambda o: bbox(o)[1])",
            f"paint(canvas({bg}, $1, len($2)), Object(frozenset({cells})))",
        )
        found.append(Transform("largest columns", lines))
    return fitting(found, f.train, MOST_FIT)
