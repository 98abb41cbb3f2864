"""The grammar as EBNF text in the xgrammar/vLLM dialect, one rule per state of bound names."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from dsl.grammar.space import (
    DEFAULT_INTS,
    HEADER,
    INDEXES,
    KINDS,
    MAX_ITEMS,
    PREFIX,
    Call,
    Param,
    ProgramSpace,
    State,
    Ty,
    advance,
    arg_tails,
    bound_names,
    colour_words,
    int_word,
    leaves,
    literal_word,
    program_space,
    satisfiable,
)


def slug(ty: Ty) -> str:
    """A rule-name-safe spelling of a type term."""
    if isinstance(ty, str):
        return ty
    parts = ty[1] if ty[0] == "tuple" else ty[1:]
    return "_".join([ty[0], *(slug(t) for t in parts)])


def q(text: str) -> str:
    """An EBNF string literal."""
    return json.dumps(text)


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
