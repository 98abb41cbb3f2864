"""Grids rebuilt from a regular pattern: edges repeated outward, every s-th cell sampled, nested
bands and fractals continued, and a periodic tile learned from the train outputs."""

from __future__ import annotations

import numpy as np

from dsl.types import Grid
from evo.library.fitted.checks import fitting
from evo.library.infer import Facts
from evo.library.transforms import ANY, KEEP, Transform


def edge_pads(f: Facts) -> list[Transform]:
    """The grid framed by copies of its edge rows and columns, corners in one colour or not."""
    if not f.train or any(b.shape != (a.shape[0] + 2, a.shape[1] + 2) for a, b in f.train):
        return []
    rows = "$g[[0, *range(height($g)), height($g) - 1]]"
    cols = "$0[:, [0, *range(width($g)), width($g) - 1]]"
    ends = "[(0, 0), (0, width($1) - 1), (height($1) - 1, 0), (height($1) - 1, width($1) - 1)]"
    corners = {int(b[r, c]) for _, b in f.train for r in (0, -1) for c in (0, -1)}
    found = [Transform("edge pad", (rows, cols), ("add", 2, 2))]
    for c in corners:
        found.append(
            Transform("edge pad", (rows, cols, f"fill_cells($1, {ends}, {c})"), ("add", 2, 2))
        )
    return fitting(found, f.train, 1)


def lattices(f: Facts) -> list[Transform]:
    """Every s-th cell from an offset, blown up when the output is larger."""
    if f.scale and f.scale[0] == f.scale[1]:
        grow = f.scale[0]
    elif f.shrink and f.shrink[0] == f.shrink[1]:
        grow = 1
    else:
        return []
    found = []
    for s in (2, 3):
        for o in range(s):
            pick = f"$g[{o}::{s}, {o}::{s}]"
            found.append(
                Transform("lattice", (f"upscale({pick}, {grow * s})" if grow > 1 else pick,))
            )
    return fitting(found, f.train, 1)


def corner_nests(f: Facts) -> list[Transform]:
    """Nested L bands from the top-left corner (colours read down the diagonal) continued over
    the larger output."""
    if not f.scale or f.scale[0] != f.scale[1]:
        return []
    k, bg = f.scale[0], f.background
    lines = (
        f"[int($g[i, i]) for i in range(min(height($g), width($g))) if $g[i, i] != {bg}]",
        f"paint(canvas({bg}, {k} * height($g), {k} * width($g)), Object(frozenset("
        f"(r, c, $0[max(r, c) % len($0)]) for r in range({k} * height($g))"
        f" for c in range({k} * width($g)))))",
    )
    return fitting([Transform("corner nest", lines, ("scale", k, k))], f.train, 1)


def shrunk_fractals(f: Facts) -> list[Transform]:
    """The trimmed shape shrunk by its block size, then copied into each of its own cells."""
    if f.same_shape or not f.train:
        return []
    bg = f.background
    found = []
    for k in (2, 3, 4):
        for c in f.out_colours:
            if c == bg:
                continue
            lines = (
                f"downscale(trim($g, {bg}), {k})",
                "upscale($0, height($0))",
                "tile($0, height($0), width($0))",
                f"combine($1, $2, 'and', {c}, {bg})",
            )
            found.append(Transform("shrunk fractal", lines, ANY))
    return fitting(found, f.train, 1)


def _tile(f: Facts, q: int, p: int) -> list[list[int]] | None:
    """The q-by-p tile every train output repeats from its top-left corner, if one does."""
    tile = [[-1] * p for _ in range(q)]
    for _, b in f.train:
        for (r, c), v in np.ndenumerate(b):
            if tile[r % q][c % p] == -1:
                tile[r % q][c % p] = int(v)
            elif tile[r % q][c % p] != v:
                return None
    return None if any(-1 in row for row in tile) else tile


def _period(grids: list[Grid], axis: int) -> int:
    """The least shift along the axis that maps every grid onto itself where it overlaps."""
    longest = max(g.shape[axis] for g in grids)
    for p in range(1, longest):
        if all(
            np.array_equal(
                np.take(g, range(p, g.shape[axis]), axis),
                np.take(g, range(0, g.shape[axis] - p), axis),
            )
            for g in grids
        ):
            return p
    return longest


def learned_tiles(f: Facts) -> list[Transform]:
    """The input's size filled with the one periodic pattern all train outputs are cut from
    (patterns continued past the end)."""
    if not f.same_shape or len(f.train) < 2:
        return []
    outs = [b for _, b in f.train]
    q, p = _period(outs, 0), _period(outs, 1)
    if q == max(b.shape[0] for b in outs) and p == max(b.shape[1] for b in outs):
        return []
    tile = _tile(f, q, p)
    if tile is None:
        return []
    cells = tuple(tuple(row) for row in tile)
    draw = (
        "paint(canvas(0, height($g), width($g)), Object(frozenset("
        f"(r, c, {cells!r}[r % {q}][c % {p}])"
        " for r in range(height($g)) for c in range(width($g)))))"
    )
    return fitting([Transform("learned tile", (draw,), KEEP)], f.train, 1)
