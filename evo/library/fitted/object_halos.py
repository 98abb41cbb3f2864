"""Halos read off train: new cells stamped around each object at the offsets its shape's key
gets, or whole rings of one colour around it."""

from __future__ import annotations

import numpy as np

from evo.library.fitted.checks import MOST_FIT, fitting
from evo.library.fitted.colour_changes import NEAR8
from evo.library.infer import Facts
from evo.library.parts import CONNECTIVITY
from evo.library.transforms import KEEP, Transform, evaluate

CROWD = 40
"""Most objects per grid for which stamps are read."""
Key = tuple[int, int, int, int]


Stamp = dict[tuple[int, int], int]


def _key(cells: list[tuple[int, int]], a: np.ndarray) -> tuple[Key, int, int]:
    """(height, width, size, colour) of an object's cells, and its top-left corner."""
    rows, cols = [r for r, _ in cells], [c for _, c in cells]
    values, counts = np.unique([a[r, c] for r, c in cells], return_counts=True)
    colour = int(values[np.argmax(counts)])
    top, left = min(rows), min(cols)
    return (max(rows) - top + 1, max(cols) - left + 1, len(cells), colour), top, left


def _stamps(listing: str, f: Facts) -> tuple[dict[Key, Stamp], bool] | None:
    """Per object key, the new cells around (offset from its top-left) every such object gets
    wherever the offset falls on background inside the grid, and whether a key with new cells
    was seen only once (a stamp that would only memorise train); None if no key has any."""
    seen: dict[Key, list[dict[tuple[int, int], int]]] = {}
    for a, b in f.train:
        found = object_cells(listing, a)
        if found is None or len(found) > CROWD:
            return None
        for cells in found:
            key, top, left = _key(cells, a)
            around = {
                (r - top, c - left): int(b[r, c]) if a[r, c] != b[r, c] else -1
                for r in range(top - 1, top + key[0] + 1)
                for c in range(left - 1, left + key[1] + 1)
                if 0 <= r < a.shape[0] and 0 <= c < a.shape[1] and a[r, c] == f.background
            }
            seen.setdefault(key, []).append(around)
    table = {key: _agreed(views) for key, views in seen.items()}
    once = any(v and len(seen[k]) < 2 for k, v in table.items())
    table = {k: v for k, v in table.items() if v}
    return (table, once) if table else None


def _agreed(views: list[dict[tuple[int, int], int]]) -> Stamp:
    """The offsets given one new colour by every view that holds them (-1: unchanged)."""
    stamp: Stamp = {}
    for d in {d for view in views for d, v in view.items() if v >= 0}:
        values = {view[d] for view in views if d in view}
        if len(values) == 1:
            stamp[d] = values.pop()
    return stamp


def object_cells(listing: str, a: np.ndarray) -> list[list[tuple[int, int]]] | None:
    """The cells of every object a listing finds in a grid, None when it fails."""
    found = evaluate((listing, "[cells(o) for o in $0]"), a)
    if found is None:
        return None
    return [[(int(r), int(c)) for r, c in cells] for cells in found]


def _at(stamp: Stamp, colour: int) -> tuple[tuple[int, int], ...]:
    """The offsets a stamp paints in one colour."""
    return tuple(sorted(d for d, v in stamp.items() if v == colour))


def _halo(listing: str, table: dict[Key, Stamp], bg: int) -> Transform:
    """Lines painting each object's stamp, colour by colour, on background."""
    lines = [listing]
    for y in sorted({v for stamp in table.values() for v in stamp.values()}):
        offsets = {k: _at(s, y) for k, s in table.items() if _at(s, y)}
        cells = (
            f"[(t + a, l + b) for o in $0 for t, l, h, w in [bbox(o)]"
            f" for a, b in {offsets!r}.get((h, w, size(o), color(o)), ())"
            f" if 0 <= t + a < height($g) and 0 <= l + b < width($g)"
            f" and $g[t + a, l + b] == {bg}]"
        )
        lines.append(f"fill_cells(${len(lines) - 1 if len(lines) > 1 else 'g'}, {cells}, {y})")
    return Transform("shape halo", tuple(lines), KEEP)


def _ring(listing: str, table: dict[Key, Stamp], bg: int) -> Transform | None:
    """Lines painting the whole ring of background around each object whose stamp is one
    colour, in that colour (a halo seen only in part in train); None if a stamp has two."""
    colours: dict[int, list[Key]] = {}
    for key, stamp in table.items():
        if len(set(stamp.values())) != 1:
            return None
        colours.setdefault(next(iter(stamp.values())), []).append(key)
    lines = [listing]
    for y, keys in sorted(colours.items()):
        cells = (
            f"[(r + a, c + b) for o in $0 if (bbox(o)[2], bbox(o)[3], size(o), color(o))"
            f" in {tuple(sorted(keys))!r} for r, c in cells(o) for a, b in {NEAR8}"
            f" if 0 <= r + a < height($g) and 0 <= c + b < width($g)"
            f" and $g[r + a, c + b] == {bg}]"
        )
        lines.append(f"fill_cells(${len(lines) - 1 if len(lines) > 1 else 'g'}, {cells}, {y})")
    return Transform("shape halo", tuple(lines), KEEP)


def shape_halos(f: Facts) -> list[Transform]:
    """New cells stamped around each object at offsets its shape's key (height, width, size,
    colour) gets in train (each key seen twice), on background only; also as whole rings when
    each key's new cells are one colour."""
    if not f.same_shape or not all(((a == b) | (a == f.background)).all() for a, b in f.train):
        return []
    bg = f.background
    found = []
    for diagonal, multi in CONNECTIVITY:
        listing = f"objects($g, {bg}, {diagonal}, {multi})"
        read = _stamps(listing, f)
        if read is None:
            continue
        table, once = read
        ring = _ring(listing, table, bg)
        found += [ring] if ring is not None else []
        found += [] if once else [_halo(listing, table, bg)]
    return fitting(found, f.train, MOST_FIT)
