"""The program grammar, generated from the registry: one spec for EBNF, validator and sampler.

A program is `def transform(grid):`, then up to max_lines names bound by lines such as
`g1 = rotate(grid, 1)`, `o1 = objects(g1, BLACK)[0]`, `g2, g3 = hsplit(grid, 2)` or
`n1, n2, n3, n4 = bbox(o1)`, then `return` of a grid name or a grid-valued call. Names carry
their kind and number (g grids, c colours, n integers, o objects); every argument admits only
names of its kind bound on earlier lines, or constants of its kind (colours 0-9 and their
names, per-parameter integer domains, the choices of Literal parameters, True/False). The EBNF
tracks how many names of each kind are bound by unrolling one rule per state, so a decoder it
constrains cannot mistype or invent a name. It guarantees form, not meaning: a crop may miss
the grid, an index or an unpacking may not fit the list.
"""

from __future__ import annotations

import collections.abc
import itertools
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from dsl import CONSTANTS
from dsl.kinds import kind_of
from dsl.registry import primitives
from dsl.types import COLORS

Ty = Any
"""A parameter or result type: a leaf kind ("grid", "colour", "int", "bool", "object"), or
("literal", choices), ("tuple", items), ("list", item), ("dict", key, value), or "other"."""

KINDS = ("grid", "colour", "int", "object")
"""Kinds a name can be bound to, in state order."""
PREFIX = {"grid": "g", "colour": "c", "int": "n", "object": "o"}
CAPS = {"colour": 2, "int": 4, "object": 2}
"""Most names of these kinds a program may bind, besides max_lines names in all: each cap
multiplies the grammar's size (one rule per count of each kind)."""
MOST_LINES = 9
"""Largest max_lines (names are written g1..g9: one digit)."""
INT_DOMAINS: dict[str, tuple[int, ...]] = {
    "turns": (1, 2, 3),
    "factor": (2, 3, 4),
    "parts": (2, 3),
    "rows": (1, 2, 3),
    "cols": (1, 2, 3),
    "size": (1, 2),
    "down": (-2, -1, 0, 1, 2),
    "right": (-2, -1, 0, 1, 2),
    "height": tuple(range(1, 10)),
    "width": tuple(range(1, 10)),
}
"""Integer constants a parameter admits, by parameter name; others admit DEFAULT_INTS."""
DEFAULT_INTS = tuple(range(10))
INDEXES = (0, 1, 2, -1)
"""Constant indexes into a list result (`objects(g1, 0)[0]`)."""
MAX_ITEMS = 9
"""Most items of a list or dict argument (`fill_cells(g1, [(0, 0), (1, 1)], RED)`)."""
UNPACK = (2, 3)
"""How many names a list result may be unpacked into (`g1, g2 = hsplit(grid, 2)`)."""

State = tuple[int, ...]
"""Names bound so far, per kind in KINDS order."""


def term_of(hint: Any) -> Ty:
    """The type term of a resolved type hint."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return term_of(inner[0]) if len(inner) == 1 else "other"
    if origin in (list, collections.abc.Iterable, collections.abc.Sequence):
        return ("list", term_of(args[0]))
    if origin is tuple:
        return ("tuple", tuple(term_of(a) for a in args)) if Ellipsis not in args else "other"
    if origin is dict:
        return ("dict", term_of(args[0]), term_of(args[1]))
    kind, choices, _ = kind_of(hint)
    if kind == "literal":
        return ("literal", choices)
    return kind if kind in ("grid", "colour", "int", "bool", "object") else "other"


def leaves(ty: Ty) -> set[str]:
    """The leaf kinds a type term contains."""
    if isinstance(ty, str):
        return {ty}
    if ty[0] == "literal":
        return set()
    parts = ty[1] if ty[0] == "tuple" else ty[1:]
    return set().union(*(leaves(t) for t in parts))


@dataclass(frozen=True)
class Param:
    """One parameter slot: its type, integer domain, and whether it may be omitted or None."""

    name: str
    ty: Ty
    domain: tuple[int, ...]
    optional: bool
    nullable: bool


@dataclass(frozen=True)
class Call:
    """A primitive as the grammar sees it: parameters and result type."""

    name: str
    params: tuple[Param, ...]
    result: Ty

    @property
    def uses(self) -> tuple[str, ...]:
        """The bindable kinds its arguments may reference, in KINDS order."""
        found = set().union(*(leaves(p.ty) for p in self.params))
        return tuple(k for k in KINDS if k in found)


@dataclass(frozen=True)
class Form:
    """How a line binds a call's result: `count` names of `kind`, after an `[index]` or not."""

    call: Call
    kind: str
    count: int
    index: bool


def forms_of(call: Call) -> list[Form]:
    """The ways a line may bind the call's result (none for bools and nested lists)."""
    res = call.result
    if res in KINDS:
        return [Form(call, res, 1, False)]
    if isinstance(res, tuple) and res[0] == "tuple" and set(res[1]) == {"int"}:
        return [Form(call, "int", len(res[1]), False)]
    if isinstance(res, tuple) and res[0] == "list":
        item = res[1]
        if item in KINDS:
            return [Form(call, item, 1, True)] + [Form(call, item, n, False) for n in UNPACK]
        if isinstance(item, tuple) and item[0] == "tuple" and set(item[1]) == {"int"}:
            return [Form(call, "int", len(item[1]), True)]
    return []


def _param(name: str, hint: Any, default_given: bool) -> Param:
    nullable = type(None) in typing.get_args(hint)
    domain = INT_DOMAINS.get(name, DEFAULT_INTS)
    return Param(name, term_of(hint), domain, default_given, nullable)


@dataclass(frozen=True)
class ProgramSpace:
    """Everything the grammar admits: calls, the ways to bind them, constants and limits."""

    calls: dict[str, Call]
    max_lines: int

    def forms(self) -> list[Form]:
        """Every line form, in registry order."""
        return [f for c in self.calls.values() for f in forms_of(c)]

    def fits(self, state: State, form: Form) -> bool:
        """Whether the form's arguments can be filled and its names bound in this state."""
        after = advance(state, form)
        caps_ok = all(n <= CAPS.get(k, n) for k, n in zip(KINDS, after, strict=True))
        return caps_ok and sum(after) <= self.max_lines and satisfiable(form.call, state)


def advance(state: State, form: Form) -> State:
    """The state after a line of this form."""
    return tuple(n + form.count * (k == form.kind) for k, n in zip(KINDS, state, strict=True))


def satisfiable(call: Call, state: State) -> bool:
    """Whether every required parameter has a value in this state (objects need a name)."""
    bound = dict(zip(KINDS, state, strict=True))
    return all(bound["object"] > 0 or "object" not in leaves(p.ty) for p in call.params)


def bound_names(kind: str, count: int) -> list[str]:
    """Names of the first `count` values of a kind (`grid` is the input, not counted)."""
    return [f"{PREFIX[kind]}{i}" for i in range(1, count + 1)]


@cache
def program_space(max_lines: int = 6) -> ProgramSpace:
    """The program space of the registered primitives."""
    if not 1 <= max_lines <= MOST_LINES:
        raise ValueError(f"max_lines must be 1-{MOST_LINES}, not {max_lines}")
    calls = {}
    for prim in primitives():
        hints = prim.hints
        params = tuple(
            _param(p.name, hints[p.name], p.default is not p.empty)
            for p in prim.signature.parameters.values()
        )
        call = Call(prim.name, params, term_of(hints["return"]))
        if forms_of(call) and all(p.optional or "other" not in leaves(p.ty) for p in params):
            calls[prim.name] = call
    return ProgramSpace(calls, max_lines)


def arg_tails(call: Call) -> list[tuple[Param, ...]]:
    """The optional parameters a call may be written with (as keywords, in order)."""
    optional = [p for p in call.params if p.optional and "other" not in leaves(p.ty)]
    masks = itertools.product((False, True), repeat=len(optional))
    return [tuple(p for p, on in zip(optional, m, strict=True) if on) for m in masks]


def colour_words() -> list[str]:
    """Colour constants as written: digits and names."""
    return [str(c) for c in COLORS] + list(CONSTANTS)


def int_word(value: int) -> str:
    """An integer constant as written."""
    return str(value)


def literal_word(value: str) -> str:
    """A literal constant as written (double quotes)."""
    return f'"{value}"'


HEADER = "def transform(grid):\n"
