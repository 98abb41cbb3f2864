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

import ast
import collections.abc
import itertools
import json
import random
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


def slug(ty: Ty) -> str:
    """A rule-name-safe spelling of a type term."""
    if isinstance(ty, str):
        return ty
    parts = ty[1] if ty[0] == "tuple" else ty[1:]
    return "_".join([ty[0], *(slug(t) for t in parts)])


def q(text: str) -> str:
    """An EBNF string literal."""
    return json.dumps(text)


HEADER = "def transform(grid):\n"
SEP = q(", ")
NL = q("\n")


class Ebnf:
    """Builds the grammar text of a program space, one rule per name."""

    def __init__(self, space: ProgramSpace) -> None:
        self.space, self.rules = space, {"root": ""}
        self.domains: dict[tuple[int, ...], str] = {}
        self.literals: dict[tuple[Any, ...], str] = {}

    def add(self, name: str, body: str) -> str:
        """Record a rule (once) and return its name."""
        self.rules.setdefault(name, body)
        return name

    def ref(self, kind: str, count: int) -> str:
        """Names of a kind bound so far, plus the input (grids) or constants (colours)."""
        names = f'"{PREFIX[kind]}" [1-{count}]' if count else ""
        if kind == "grid":
            return self.add(f"G{count}", " | ".join(filter(None, [q("grid"), names])))
        if kind == "colour":
            colour = self.add("COLOUR", " | ".join(q(w) for w in colour_words()))
            return self.add(f"C{count}", " | ".join(filter(None, [colour, names])))
        return self.add(f"O{count}", names)

    def number(self, domain: tuple[int, ...], count: int) -> str:
        """An integer constant of the domain or a bound integer name."""
        dom = self.domains.setdefault(domain, f"D{len(self.domains)}")
        self.add(dom, " | ".join(q(int_word(v)) for v in domain))
        names = f' | "n" [1-{count}]' if count else ""
        return self.add(f"N{dom[1:]}_{count}", dom + names)

    def value(self, ty: Ty, domain: tuple[int, ...], bound: dict[str, int]) -> str:
        """The expression for one argument of a type."""
        if ty == "int":
            return self.number(domain, bound["int"])
        if ty == "bool":
            return self.add("BOOL", '"True" | "False"')
        if isinstance(ty, str):
            return self.ref(ty, bound[ty])
        if ty[0] == "literal":
            ident = self.literals.setdefault(ty[1], f"S{len(self.literals)}")
            return self.add(ident, " | ".join(q(literal_word(c)) for c in ty[1]))
        name = f"V_{slug(ty)}_{counts(leaves(ty), bound) or 'none'}"
        if name in self.rules:
            return name
        if ty[0] == "tuple":
            items = f" {SEP} ".join(self.value(t, DEFAULT_INTS, bound) for t in ty[1])
            return self.add(name, f'"(" {items} ")"')
        if ty[0] == "list":
            item = self.value(ty[1], DEFAULT_INTS, bound)
            return self.add(name, f'"[" {upto(item, MAX_ITEMS)} "]"')
        key, val = (self.value(t, DEFAULT_INTS, bound) for t in ty[1:])
        pair = f"{key} {q(': ')} {val}"
        return self.add(name, f'"{{" {upto(pair, MAX_ITEMS)} "}}"')

    def argument(self, param: Param, bound: dict[str, int]) -> str:
        """One argument slot (None too where the parameter admits it)."""
        text = self.value(param.ty, param.domain, bound)
        return f'({text} | "None")' if param.nullable else text

    def call(self, call: Call, bound: dict[str, int]) -> str:
        """A call: its name, first argument, then a rule for the rest."""
        first, *rest = [p for p in call.params if not p.optional]
        used = set().union(*(leaves(p.ty) for p in call.params if p is not first))
        tail = f"T_{call.name}_{counts(used, bound) or 'none'}"
        if tail not in self.rules:
            ways = []
            for keywords in arg_tails(call):
                args = [self.argument(p, bound) for p in rest]
                args += [f"{q(p.name + '=')} {self.argument(p, bound)}" for p in keywords]
                ways.append(" ".join(f"{SEP} {a}" for a in args) + f" {q(')')}")
            self.add(tail, " | ".join(ways))
        return f"{q(call.name + '(')} {self.argument(first, bound)} {tail}"

    def results(self, result: Ty, state: State) -> str:
        """The calls of one result type usable in this state, grouped by the kinds they use."""
        bound = dict(zip(KINDS, state, strict=True))
        groups: dict[tuple[str, ...], list[Call]] = {}
        for call in self.space.calls.values():
            if call.result == result and satisfiable(call, state):
                groups.setdefault(call.uses, []).append(call)
        names = []
        for uses, calls in groups.items():
            group = f"U_{slug(result)}_{counts(uses, bound) or 'none'}"
            names.append(self.add(group, " | ".join(self.call(c, bound) for c in calls)))
        key = counts(set().union(*groups), bound)
        return self.add(f"R_{slug(result)}_{key or 'none'}", " | ".join(names))

    def line(self, state: State) -> str:
        """The rule for the rest of a program from a state: another line, or the return."""
        name = f"L_{state_id(state)}"
        if name in self.rules:
            return name
        alts, seen = [], set()
        for form in self.space.forms():
            key = (form.kind, form.count, form.index, form.call.result)
            if key in seen or not self.space.fits(state, form):
                continue
            seen.add(key)
            start = state[KINDS.index(form.kind)]
            names = ", ".join(bound_names(form.kind, start + form.count)[start:])
            rhs = self.results(form.call.result, state)
            rhs += ' "[" IDX "]"' if form.index else ""
            after = self.line(advance(state, form))
            alts.append(f"{q('    ' + names + ' = ')} {rhs} {NL} {after}")
        alts.append(f"{q('    return ')} {self.returned(state)} {NL}")
        return self.add(name, " | ".join(alts))

    def returned(self, state: State) -> str:
        """What a program may return: a bound grid name or a grid-valued call."""
        options = [self.results("grid", state)]
        if any(f.call.result == ("list", "grid") for f in self.space.forms()):
            options.append(self.results(("list", "grid"), state) + ' "[" IDX "]"')
        if state[0]:
            options.append(f'"g" [1-{state[0]}]')
        return self.add(f"RET_{state_id(state)}", " | ".join(options))

    def text(self) -> str:
        """The whole grammar, root first."""
        self.add("IDX", " | ".join(q(int_word(i)) for i in INDEXES))
        first = self.line((0,) * len(KINDS))
        self.rules["root"] = f"{q(HEADER)} {first}"
        return "\n".join(f"{name} ::= {body}" for name, body in self.rules.items()) + "\n"


def upto(item: str, most: int) -> str:
    """One to `most` items separated by commas."""
    return item if most == 1 else f"{item} ({SEP} {upto(item, most - 1)})?"


def counts(kinds: set[str] | tuple[str, ...], bound: dict[str, int]) -> str:
    """A rule-name-safe spelling of how many names of the given kinds are bound."""
    return "".join(f"{PREFIX[k]}{bound[k]}" for k in KINDS if k in kinds)


def state_id(state: State) -> str:
    """A rule-name-safe spelling of a state."""
    return "".join(f"{PREFIX[k]}{n}" for k, n in zip(KINDS, state, strict=True))


@cache
def program_grammar(max_lines: int = 6) -> str:
    """The EBNF (xgrammar/vLLM dialect) of programs with at most max_lines bound names."""
    return Ebnf(program_space(max_lines)).text()


def text_of(node: ast.expr) -> str:
    """An argument or right-hand side as the grammar writes it."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant):
        if type(node.value) is str:
            return literal_word(node.value)
        return int_word(node.value) if type(node.value) is int else repr(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return "-" + text_of(node.operand)
    if isinstance(node, ast.Tuple | ast.List):
        items = ", ".join(text_of(e) for e in node.elts)
        return f"({items})" if isinstance(node, ast.Tuple) else f"[{items}]"
    if isinstance(node, ast.Dict):
        pairs = zip(node.keys, node.values, strict=True)
        return "{" + ", ".join(f"{text_of(k)}: {text_of(v)}" for k, v in pairs if k) + "}"
    if isinstance(node, ast.Subscript):
        return f"{text_of(node.value)}[{text_of(node.slice)}]"
    if isinstance(node, ast.Call):
        args = [text_of(a) for a in node.args]
        args += [f"{k.arg}={text_of(k.value)}" for k in node.keywords]
        return f"{text_of(node.func)}({', '.join(args)})"
    return ast.unparse(node)


def program_text(fn: ast.FunctionDef) -> str:
    """A parsed `transform` as the grammar writes it (its layout, quotes and spacing)."""
    lines = [HEADER.rstrip("\n")]
    for stmt in fn.body:
        if isinstance(stmt, ast.Assign):
            target = stmt.targets[0]
            names = target.elts if isinstance(target, ast.Tuple) else [target]
            lines.append(f"    {', '.join(text_of(n) for n in names)} = {text_of(stmt.value)}")
        elif isinstance(stmt, ast.Return) and stmt.value is not None:
            lines.append(f"    return {text_of(stmt.value)}")
        else:
            lines.append("    " + ast.unparse(stmt))
    return "\n".join(lines) + "\n"


def _int(node: ast.expr) -> int | None:
    """The value of an integer constant written as the grammar writes them (`-1`, not `-0`)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _int(node.operand)
        return -inner if inner and inner > 0 and isinstance(node.operand, ast.Constant) else None
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


class Scope:
    """The names bound so far in a program of a space."""

    def __init__(self, space: ProgramSpace) -> None:
        self.space = space
        self.state: State = (0,) * len(KINDS)

    def names(self, kind: str) -> list[str]:
        """Names of a kind bound so far (grids include the input)."""
        bound = bound_names(kind, self.state[KINDS.index(kind)])
        return ["grid", *bound] if kind == "grid" else bound

    def bind(self, form: Form) -> list[str]:
        """Advance past a line of this form and return the names it binds."""
        start = self.state[KINDS.index(form.kind)]
        self.state = advance(self.state, form)
        return bound_names(form.kind, start + form.count)[start:]


class Checker(Scope):
    """Applies the program space to parsed code, line by line, as the EBNF does to text."""

    def fits(self, node: ast.expr, ty: Ty, domain: tuple[int, ...]) -> bool:
        """Whether an argument is a bound name or constant of the type."""
        name = node.id if isinstance(node, ast.Name) else None
        if ty == "int":
            return _int(node) in domain or name in self.names("int")
        if ty == "colour":
            return _int(node) in COLORS or name in CONSTANTS or name in self.names("colour")
        if ty == "bool":
            return isinstance(node, ast.Constant) and type(node.value) is bool
        if isinstance(ty, str):
            return ty in KINDS and name in self.names(ty)
        if ty[0] == "literal":
            return isinstance(node, ast.Constant) and node.value in ty[1]
        if ty[0] == "tuple":
            return (
                isinstance(node, ast.Tuple)
                and len(node.elts) == len(ty[1])
                and all(
                    self.fits(e, t, DEFAULT_INTS) for e, t in zip(node.elts, ty[1], strict=True)
                )
            )
        if ty[0] == "list":
            items = node.elts if isinstance(node, ast.List) else []
            ok = 0 < len(items) <= MAX_ITEMS
            return ok and all(self.fits(e, ty[1], DEFAULT_INTS) for e in items)
        pairs = list(zip(node.keys, node.values, strict=True)) if isinstance(node, ast.Dict) else []
        return 0 < len(pairs) <= MAX_ITEMS and all(
            k is not None
            and self.fits(k, ty[1], DEFAULT_INTS)
            and self.fits(v, ty[2], DEFAULT_INTS)
            for k, v in pairs
        )

    def call(self, node: ast.expr) -> tuple[Call | None, list[str]]:
        """The DSL call a right-hand side makes, and what is wrong with its arguments."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            return None, [f"`{ast.unparse(node)}` is not a call of a DSL primitive"]
        call = self.space.calls.get(node.func.id)
        if call is None:
            return None, [f"`{node.func.id}` is not a DSL primitive the grammar admits"]
        required = [p for p in call.params if not p.optional]
        if len(node.args) != len(required):
            return call, [f"{call.name} takes {len(required)} positional arguments"]
        errors = []
        optional = {p.name: p for p in call.params if p.optional}
        keywords = [k.arg or "**" for k in node.keywords]
        if [name for name in optional if name in keywords] != keywords:
            errors.append(f"{call.name}'s keywords must be among {list(optional)}, in that order")
        given = list(zip(required, node.args, strict=True))
        given += [(optional[k.arg], k.value) for k in node.keywords if k.arg in optional]
        for param, arg in given:
            none = param.nullable and isinstance(arg, ast.Constant) and arg.value is None
            if not none and not self.fits(arg, param.ty, param.domain):
                errors.append(f"argument `{param.name}` of {call.name} cannot be `{text_of(arg)}`")
        return call, errors

    def line(self, stmt: ast.stmt) -> list[str]:
        """Check one binding line and advance the state."""
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            return ["is not `name = <DSL call>`"]
        target, value = stmt.targets[0], stmt.value
        elts = target.elts if isinstance(target, ast.Tuple) else [target]
        names = [e.id if isinstance(e, ast.Name) else "?" for e in elts]
        index = isinstance(value, ast.Subscript)
        if isinstance(value, ast.Subscript):
            if _int(value.slice) not in INDEXES:
                return [f"index `{text_of(value.slice)}` is not one of {list(INDEXES)}"]
            value = value.value
        call, errors = self.call(value)
        if call is None:
            return errors
        form = next((f for f in forms_of(call) if (f.count, f.index) == (len(names), index)), None)
        if form is None:
            return [f"cannot bind {len(names)} name(s) to {call.name}(...){'[i]' * index}"]
        if not self.space.fits(self.state, form) and satisfiable(call, self.state):
            errors.append(f"binds more names than allowed ({self.space.max_lines}; {CAPS})")
        expected = self.bind(form)
        if names != expected:
            errors.append(f"binds {', '.join(names)}; the next {form.kind} names are {expected}")
        return errors

    def returned(self, stmt: ast.stmt) -> list[str]:
        """Check the final `return`."""
        if not (isinstance(stmt, ast.Return) and stmt.value is not None):
            return ["the last line must return a grid"]
        value = stmt.value
        if isinstance(value, ast.Name):
            ok = value.id in self.names("grid")[1:]
            return [] if ok else [f"returns `{value.id}`, not a bound grid name"]
        index = isinstance(value, ast.Subscript)
        if isinstance(value, ast.Subscript):
            if _int(value.slice) not in INDEXES:
                return [f"index `{text_of(value.slice)}` is not one of {list(INDEXES)}"]
            value = value.value
        call, errors = self.call(value)
        wanted = ("list", "grid") if index else "grid"
        if call is not None and call.result != wanted:
            errors.append(f"returns {call.name}(...){'[i]' * index}, not a grid")
        return errors


def check_program(code: str, max_lines: int = 6) -> list[str]:
    """Why the code is not in the grammar's language; empty when it is."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        return [f"does not parse: {exc.msg} (line {exc.lineno})"]
    fn = tree.body[0] if len(tree.body) == 1 else None
    if not (isinstance(fn, ast.FunctionDef) and fn.name == "transform"):
        return ["the program must be one function, `def transform(grid):`, and nothing else"]
    checker = Checker(program_space(max_lines))
    *lines, last = fn.body
    errors = [f"line {s.lineno}: {e}" for s in lines for e in checker.line(s)]
    errors += [f"line {last.lineno}: {e}" for e in checker.returned(last)]
    if errors:
        return errors
    want = program_text(fn)
    if code != want:
        pairs = itertools.zip_longest(code.splitlines(True), want.splitlines(True), fillvalue="")
        n, (got, exp) = next((i, p) for i, p in enumerate(pairs, 1) if p[0] != p[1])
        return [f"line {n}: written {got!r}, the grammar writes {exp!r}"]
    return []


class Sampler(Scope):
    """Draws random programs of a space, written as the grammar writes them."""

    def __init__(self, space: ProgramSpace, rng: random.Random, colours: list[int]) -> None:
        super().__init__(space)
        self.rng, self.colours = rng, colours or list(COLORS)

    def value(self, ty: Ty, domain: tuple[int, ...]) -> str:
        """A random argument of a type: a bound name or a constant."""
        rng = self.rng
        if ty in KINDS:
            names = self.names(ty)
            if ty in ("grid", "object") or (names and rng.random() < 0.3):
                return names[-1] if ty == "grid" and rng.random() < 0.6 else rng.choice(names)
            words = [int_word(v) for v in domain] if ty == "int" else map(str, self.colours)
            return rng.choice(list(words))
        if ty == "bool":
            return rng.choice(("True", "False"))
        if ty[0] == "literal":
            return literal_word(rng.choice(ty[1]))
        if ty[0] == "tuple":
            return "(" + ", ".join(self.value(t, DEFAULT_INTS) for t in ty[1]) + ")"
        if ty[0] == "list":
            return "[" + ", ".join(self.value(ty[1], DEFAULT_INTS) for _ in range(2)) + "]"
        key, val = (self.value(t, DEFAULT_INTS) for t in ty[1:])
        return "{" + f"{key}: {val}" + "}"

    def call(self, call: Call) -> str:
        """A random call: required arguments, and each optional one now and then."""
        args = [self.value(p.ty, p.domain) for p in call.params if not p.optional]
        for keywords in [arg_tails(call)[self.rng.randrange(len(arg_tails(call)))]]:
            args += [f"{p.name}={self.value(p.ty, p.domain)}" for p in keywords]
        return f"{call.name}({', '.join(args)})"

    def program(self, lines: int) -> str:
        """A program of up to `lines` binding lines (fewer when the space runs out)."""
        rng, out = self.rng, [HEADER.rstrip("\n")]
        for _ in range(lines):
            calls = {f.call.name for f in self.space.forms() if self.space.fits(self.state, f)}
            if not calls:
                break
            name = rng.choice(sorted(calls))
            form = rng.choice(
                [f for f in forms_of(self.space.calls[name]) if self.space.fits(self.state, f)]
            )
            rhs = self.call(form.call) + (
                f"[{int_word(rng.choice(INDEXES))}]" if form.index else ""
            )
            out.append(f"    {', '.join(self.bind(form))} = {rhs}")
        grids = self.names("grid")[1:]
        if grids and rng.random() < 0.7:
            out.append(f"    return {grids[-1]}")
        else:
            makers = [c for c in self.space.calls.values() if c.result == "grid"]
            usable = [c for c in makers if satisfiable(c, self.state)]
            out.append(f"    return {self.call(rng.choice(usable))}")
        return "\n".join(out) + "\n"


def sample_program(
    rng: random.Random, colours: list[int] | None = None, lines: int = 3, max_lines: int = 6
) -> str:
    """A random program of the grammar's language (colour constants drawn from `colours`)."""
    return Sampler(program_space(max_lines), rng, colours or []).program(lines)
