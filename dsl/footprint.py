"""The prompt footprint of the DSL, generated from the registry: signature + summary."""

from __future__ import annotations

import inspect
import re

from dsl.registry import THEMES, Primitive, primitives


def _annotation(text: str) -> str:
    return re.sub(r"\b(?:dsl\.types\.|typing\.|collections\.abc\.)", "", text)


def signature_line(prim: Primitive) -> str:
    """One line such as `crop(grid: Grid, top: int, ...) -> Grid  # summary`."""
    params = []
    for p in prim.signature.parameters.values():
        text = f"{p.name}: {_annotation(str(p.annotation))}"
        if p.default is not inspect.Parameter.empty:
            text += f" = {p.default!r}"
        params.append(text)
    ret = _annotation(str(prim.signature.return_annotation))
    return f"{prim.name}({', '.join(params)}) -> {ret}  # {prim.summary}"


TYPES_HEADER = """# types
Grid = read-only 2-D array of colours 0-9 (index cells as grid[row, col]); Color = int 0-9
Cell = (row, col); Object = set of coloured cells at absolute positions
Axis = "h" | "v" | "d" | "a"; Line = "h" | "v"; Direction = "up" | "down" | "left" | "right"
Heading = a Direction or "up-left" | "up-right" | "down-left" | "down-right"
LogicOp = "and" | "or" | "xor" | "nor" | "left" | "right"
colour names: BLACK=0 BLUE=1 RED=2 GREEN=3 YELLOW=4 GREY=5 PINK=6 ORANGE=7 CYAN=8 BROWN=9"""


def footprint() -> str:
    """Every primitive, grouped by theme, one line each, after the type glossary."""
    by_theme = {t: [p for p in primitives() if p.theme == t] for t in THEMES}
    blocks = [TYPES_HEADER]
    for theme, prims in by_theme.items():
        lines = "\n".join(signature_line(p) for p in prims)
        blocks.append(f"# {theme}\n{lines}")
    return "\n\n".join(blocks)
