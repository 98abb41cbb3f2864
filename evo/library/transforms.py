"""Unary grid transforms written as straight-line DSL source, run in-process and rendered.

A transform is a few expression lines; `$g` names its input grid and `$0`, `$1`, ... the
values of its earlier lines; the last line is its output. The same text is compiled for the
in-process search and pasted into the rendered program, so the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

import dsl
from dsl.types import MAX_SIDE, Grid

FAILURES = (ValueError, IndexError, KeyError, TypeError, ZeroDivisionError, AttributeError)
CACHE_LIMIT = 4096

Shape = tuple[str, int, int]
"""How a transform sizes its output: ("scale", r, c) multiplies, ("down", r, c) keeps every
r-th row and c-th column, ("add", r, c) adds rows and columns, ("swap", 1, 1) transposes,
("shrink", 0, 0) never grows a side, ("any", 0, 0) is unknown."""
KEEP: Shape = ("scale", 1, 1)
SWAP: Shape = ("swap", 1, 1)
SHRINK: Shape = ("shrink", 0, 0)
ANY: Shape = ("any", 0, 0)


def predict(shape: Shape, size: tuple[int, int]) -> tuple[int, int] | None:
    """The output size for an input of `size`, or None when only the grids can tell."""
    kind, r, c = shape
    h, w = size
    if kind == "scale":
        return h * r, w * c
    if kind == "swap":
        return w, h
    if kind == "down":
        return -(-h // r), -(-w // c)
    if kind == "add":
        return h + r, w + c
    return None


@dataclass(frozen=True)
class Transform:
    """A grid-to-grid step of DSL expression lines.

    Attributes:
        family: the family it belongs to, for yield tables.
        lines: expressions; `$g` is the input grid, `$k` the value of line k.
        shape: how the output's size follows from the input's (see Shape).
    """

    family: str
    lines: tuple[str, ...]
    shape: Shape = ANY

    def source(self, grid: str, names: Sequence[str]) -> list[str]:
        """Assignments of the lines to `names`, reading the input from variable `grid`."""
        out = []
        for i, line in enumerate(self.lines):
            for k in range(i - 1, -1, -1):
                line = line.replace(f"${k}", names[k])
            out.append(f"{names[i]} = {line.replace('$g', grid)}")
        return out


class _Memo:
    """A bounded memo of a pure DSL function keyed on grid bytes and the other arguments."""

    def __init__(self, func: Callable[..., Any]) -> None:
        self.func = func
        self.store: dict[tuple[Any, ...], Any] = {}

    def __call__(self, grid: Grid, *args: Any) -> Any:
        key = (grid.shape, grid.tobytes(), *args)
        if key not in self.store:
            if len(self.store) >= CACHE_LIMIT:
                self.store.clear()
            self.store[key] = self.func(grid, *args)
        return self.store[key]


NAMESPACE: dict[str, Any] = {name: getattr(dsl, name) for name in dsl.__all__}
NAMESPACE["objects"] = _Memo(dsl.objects)
NAMESPACE["partition"] = _Memo(dsl.partition)


@lru_cache(maxsize=16384)
def compiled(lines: tuple[str, ...]) -> Callable[[Grid], Any]:
    """The lines compiled into a function of one grid (DSL namespace, memoised objects)."""
    names = [f"v{i}" for i in range(len(lines))]
    body = Transform("", lines).source("grid", names)
    text = "def step(grid):\n" + "".join(f"    {b}\n" for b in body) + f"    return {names[-1]}\n"
    scope = dict(NAMESPACE)
    exec(compile(text, "<transform>", "exec"), scope)  # noqa: S102 - our own DSL text
    return scope["step"]  # type: ignore[no-any-return]


def evaluate(lines: tuple[str, ...], grid: Grid) -> Any:
    """The value the lines give for the grid, or None when they fail."""
    try:
        return compiled(lines)(grid)
    except FAILURES:
        return None


def apply(transform: Transform, grid: Grid) -> Grid | None:
    """The transform's output, or None when it fails or is not an ARC grid."""
    out = evaluate(transform.lines, grid)
    if not isinstance(out, np.ndarray) or out.ndim != 2 or out.size == 0:
        return None
    return out if max(out.shape) <= MAX_SIDE else None


def render(path: Sequence[Transform]) -> str:
    """A `def transform(grid):` program running the path's steps in order."""
    body, current, count = [], "grid", 0
    for step in path:
        names = [f"x{count + i + 1}" for i in range(len(step.lines))]
        body += step.source(current, names)
        count += len(names)
        current = names[-1]
    lines = ["def transform(grid):", *(f"    {b}" for b in body), f"    return {current}"]
    return "\n".join(lines) + "\n"
