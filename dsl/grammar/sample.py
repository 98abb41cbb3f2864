"""Random programs of the grammar's language, for the symbolic operator and tests."""

from __future__ import annotations

import random

from dsl.grammar.check import Scope
from dsl.grammar.space import (
    DEFAULT_INTS,
    HEADER,
    INDEXES,
    KINDS,
    Call,
    ProgramSpace,
    Ty,
    arg_tails,
    forms_of,
    int_word,
    literal_word,
    program_space,
    satisfiable,
)
from dsl.types import COLORS


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
    rng: random.Random,
    colours: list[int] | None = None,
    lines: int = 3,
    max_lines: int = 6,
) -> str:
    """A random program of the grammar's language (colour constants drawn from `colours`)."""
    return Sampler(program_space(max_lines), rng, colours or []).program(lines)
