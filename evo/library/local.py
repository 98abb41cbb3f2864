"""Cells recoloured by a table from their colour and local facts (neighbour counts, row and
column index modulo 2 or 3) read off train pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from dsl.types import Grid
from evo.library.infer import Facts
from evo.library.transforms import KEEP, Transform

Steps = tuple[tuple[int, int], ...]
Key = tuple[int, ...]
Pairs = Sequence[tuple[Grid, Grid]]
Part = tuple[Callable[[Grid, int], np.ndarray], str]
"""A key part: its values per cell (numpy, from grid and background) and its DSL expression."""

SIDES: Steps = ((1, 0), (-1, 0), (0, 1), (0, -1))
CORNERS: Steps = ((1, 1), (1, -1), (-1, 1), (-1, -1))


def _count(steps: Steps) -> Part:
    """How many neighbours at `steps` are inside and not background."""

    def values(a: Grid, bg: int) -> np.ndarray:
        h, w = a.shape
        padded = np.pad(a != bg, 1)
        return sum(padded[1 + dr : 1 + dr + h, 1 + dc : 1 + dc + w] for dr, dc in steps)  # type: ignore[return-value]

    inside = "0 <= r + a < height($g) and 0 <= c + b < width($g)"
    return values, f"sum({inside} and $g[r + a, c + b] != {{bg}} for a, b in {steps!r})"


def _parity(axis: int, from_end: bool, m: int = 2) -> Part:
    """The row (axis 0) or column (axis 1) index, counted from the start or end, modulo m."""

    def values(a: Grid, bg: int) -> np.ndarray:
        index = np.indices(a.shape)[axis]
        return (a.shape[axis] - 1 - index if from_end else index) % m  # type: ignore[no-any-return]

    name, side = ("r", "height($g)") if axis == 0 else ("c", "width($g)")
    return values, (f"({side} - 1 - {name}) % {m}" if from_end else f"{name} % {m}")


KEYS: tuple[tuple[Part, ...], ...] = (
    (_count(SIDES),),
    (_count(SIDES + CORNERS),),
    (_count(SIDES), _count(CORNERS)),
    (_parity(0, False), _parity(1, False)),
    (_parity(0, True), _parity(1, True)),
    (_parity(0, False, 3), _parity(1, False, 3)),
)
"""Parts that, after the cell's colour, make a cell's key."""


def _keys(a: Grid, bg: int, parts: tuple[Part, ...]) -> list[Key]:
    columns = [np.broadcast_to(f(a, bg), a.shape).ravel().tolist() for f, _ in parts]
    return [tuple(k) for k in zip(a.ravel().tolist(), *columns, strict=True)]


def _table(pairs: Pairs, bg: int, parts: tuple[Part, ...]) -> dict[Key, int] | None:
    """Changed keys to their output colour, when every key has one colour on train and each
    changed key shows twice, in two pairs when there are two."""
    table: dict[Key, int] = {}
    where: defaultdict[Key, set[int]] = defaultdict(set)
    times: defaultdict[Key, int] = defaultdict(int)
    for i, (a, b) in enumerate(pairs):
        for key, out in zip(_keys(a, bg, parts), b.ravel().tolist(), strict=True):
            if table.setdefault(key, out) != out:
                return None
            where[key].add(i)
            times[key] += 1
    changed = {k: v for k, v in table.items() if v != k[0]}
    need = 2 if len(pairs) > 1 else 1
    if not changed or any(len(where[k]) < need or times[k] < 2 for k in changed):
        return None
    return changed


def locals_(f: Facts) -> list[Transform]:
    """Cells painted by a table from their colour and local facts, read off train."""
    return local_rules(f.train, f.background) if f.same_shape else []


def local_rules(pairs: Pairs, bg: int) -> list[Transform]:
    """Per kind of key, the table of keys to colours that turns each a into its b."""
    if not pairs or any(a.shape != b.shape for a, b in pairs):
        return []
    found = []
    for parts in KEYS:
        table = _table(pairs, bg, parts)
        if table is None:
            continue
        key = "($g[r, c], " + ", ".join(e.replace("{bg}", str(bg)) for _, e in parts) + ")"
        found.append(table_rule("local rule", key, table))
    return found


def table_rule(family: str, key: str, table: Mapping[Any, int]) -> Transform:
    """Cells whose key (a DSL expression of `r`, `c` and `$g`) is in the table painted its
    colour, one `fill_cells` line per colour."""
    every = "(r, c) for r in range(height($g)) for c in range(width($g))"
    lines: list[str] = []
    for t in sorted(set(table.values())):
        keys = sorted(k for k, v in table.items() if v == t)
        grid = f"${len(lines) - 1}" if lines else "$g"
        lines.append(f"fill_cells({grid}, [{every} if {key} in {keys!r}], {t})")
    return Transform(family, tuple(lines), KEEP)
