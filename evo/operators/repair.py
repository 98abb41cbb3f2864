"""Repair of almost-right programs: every single constant, name or call edit, best first.

Works on any Python program (straight-line or LLM-written) through its syntax tree. An edit
changes one DSL argument over its slot's domain, swaps one DSL call for another of the same
signature, or changes one bare small integer or colour name. Edits are ranked by the prior and
by the colours the parent got wrong on the train pairs.
"""

from __future__ import annotations

import ast
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import numpy as np

from dsl import CONSTANTS
from dsl.grammar import INT_DOMAINS
from dsl.kinds import Slot, result_kind, slots
from dsl.registry import REGISTRY, primitives
from evo.core.config import SearchConfig
from evo.core.jobs import Parent
from evo.core.program import is_dsl_assignment, normalise
from evo.core.tasks import Task
from evo.operators.prior import Prior, constant_of

NEAR = SearchConfig().repair_near
"""Parents at least this fit (and not solved) are repaired rather than mutated at random."""
SMALL_INTS = tuple(range(10))
BARE = 0.3
"""Weight of an edit to a constant outside any DSL call, relative to an even prior."""
RENAME = 0.5
"""Weight of passing another grid variable to a DSL call."""

Confusion = Counter[tuple[int, int]]
"""(produced, expected) colour counts over the cells a program got wrong."""


@dataclass(frozen=True)
class Edit:
    """One changed program and how likely the change is to help."""

    code: str
    score: float


@dataclass(frozen=True)
class Change:
    """One field of one tree node set to a new value, not yet written out as a program."""

    node: ast.AST
    field: str
    value: object
    score: float


def is_near(parent: Parent, near: float = NEAR) -> bool:
    """Whether a parent is almost right: fit enough, ran on every pair, not solved."""
    exact = bool(parent.train) and all(p.get("exact") for p in parent.train)
    return parent.status == "ok" and parent.fitness >= near and not exact


def confusion(parent: Parent, task: Task) -> Confusion:
    """What the parent produced where it was wrong, against what was expected, over train."""
    found: Confusion = Counter()
    for result, pair in zip(parent.train, task.train, strict=False):
        got = result.get("output")
        if got is None or pair.output is None:
            continue
        got, want = np.asarray(got), np.asarray(pair.output)
        if got.shape != want.shape:
            continue
        wrong = got != want
        found.update(zip(got[wrong].tolist(), want[wrong].tolist(), strict=True))
    return found


def colour_boost(old: int, new: int, wrong: Confusion) -> float:
    """More weight to changing a colour the parent put where another was expected."""
    total = sum(wrong.values())
    if not total:
        return 1.0
    into = sum(n for (_, want), n in wrong.items() if want == new)
    return 1.0 + 8.0 * wrong[old, new] / total + 2.0 * into / total


@cache
def signature(prim: str) -> tuple[tuple[str, ...], str]:
    """Kinds of a primitive's parameters and of its result."""
    primitives()
    p = REGISTRY[prim]
    return tuple(s.kind for s in slots(p)), result_kind(p)


@cache
def swaps(prim: str) -> tuple[str, ...]:
    """Other primitives of the same signature."""
    primitives()
    mine = signature(prim)
    return tuple(sorted(n for n in REGISTRY if n != prim and signature(n) == mine))


class Search:
    """Enumerates the single edits of one program, applying each to its tree in place."""

    def __init__(
        self, tree: ast.Module, colours: list[int], prior: Prior, wrong: Confusion
    ) -> None:
        self.tree, self.colours, self.prior, self.wrong = tree, colours, prior, wrong
        self.grids = grid_names(tree)

    def edits(self) -> Iterator[Change]:
        """Every single edit with its score, in tree order (cheap: nothing is written out)."""
        inside: set[int] = set()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id in REGISTRY:
                    yield from self.call(node, inside)
        for node in ast.walk(self.tree):
            if id(node) not in inside and isinstance(node, ast.Constant | ast.Name):
                yield from self.bare(node)

    def call(self, node: ast.Call, inside: set[int]) -> Iterator[Change]:
        prim = node.func.id  # type: ignore[attr-defined]
        keywords = {k.arg for k in node.keywords}
        for other in swaps(prim):
            if keywords <= {s.name for s in slots(REGISTRY[other])}:
                score = self.prior.call(other) / self.prior.call(prim)
                yield from self.apply(node.func, "id", other, score)
        params = slots(REGISTRY[prim])
        named = {s.name: s for s in params}
        pairs = list(zip(params, node.args, strict=False))
        pairs += [(named[k.arg], k.value) for k in node.keywords if k.arg in named]
        for slot, arg in pairs:
            inside.add(id(arg))
            yield from self.argument(prim, slot, arg)

    def argument(self, prim: str, slot: Slot, arg: ast.expr) -> Iterator[Change]:
        old = constant_of(arg)
        if old is None:
            if slot.kind == "grid" and isinstance(arg, ast.Name):
                for name in self.grids.get(arg.lineno, ()):
                    if name != arg.id:
                        yield from self.apply(arg, "id", name, RENAME)
            return
        if slot.kind == "colour":
            domain: tuple[object, ...] = tuple(self.colours)
        elif slot.kind == "int":
            domain = INT_DOMAINS.get(slot.name, SMALL_INTS)
        elif slot.kind == "literal":
            domain = slot.choices
        else:
            return
        weights = dict(zip(domain, self.prior.values(prim, slot.name, domain), strict=True))
        base = self.prior.values(prim, slot.name, [old])[0]
        for new in domain:
            if new == old or type(new) is not type(old):
                continue
            score = weights[new] / base
            if isinstance(old, int) and isinstance(new, int):
                score *= colour_boost(old, new, self.wrong) if slot.kind == "colour" else 1.0
            yield from self.constant(arg, new, score)

    def bare(self, node: ast.Constant | ast.Name) -> Iterator[Change]:
        old = constant_of(node)
        if not isinstance(old, int) or isinstance(old, bool):
            return
        if isinstance(node, ast.Constant) and old not in SMALL_INTS:
            return
        for new in self.colours if isinstance(node, ast.Name) else SMALL_INTS:
            if new != old:
                yield from self.constant(node, new, BARE * colour_boost(old, new, self.wrong))

    def constant(self, node: ast.expr, new: object, score: float) -> Iterator[Change]:
        """Set a constant node to a new value, keeping its spelling (colour name or number)."""
        if isinstance(node, ast.Name) and type(new) is int:
            yield from self.apply(node, "id", CONSTANTS[new], score)
        elif isinstance(node, ast.Constant):
            yield from self.apply(node, "value", new, score)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
            if type(new) is int and new < 0:
                yield from self.apply(node.operand, "value", -new, score)

    def apply(self, node: ast.AST, field: str, value: object, score: float) -> Iterator[Change]:
        """One change, to be written out by `code` only if it is chosen."""
        yield Change(node, field, value, score)

    def code(self, change: Change) -> str:
        """The program with one change made (the tree is restored afterwards)."""
        old = getattr(change.node, change.field)
        setattr(change.node, change.field, change.value)
        try:
            return ast.unparse(self.tree) + "\n"
        finally:
            setattr(change.node, change.field, old)


def grid_names(tree: ast.Module) -> dict[int, tuple[str, ...]]:
    """For each line, the grid variables bound before it: `grid` and earlier grid-valued calls."""
    bound: list[tuple[int, str]] = [(0, "grid")]
    for node in ast.walk(tree):
        if is_dsl_assignment(node) and signature(node.value.func.id)[1] == "grid":  # type: ignore[attr-defined]
            bound.append((node.lineno, node.targets[0].id))  # type: ignore[attr-defined]
    lines = {getattr(n, "lineno", 0) for n in ast.walk(tree)}
    return {line: tuple(name for at, name in bound if at < line) for line in lines}


class Ranked:
    """A program's single edits, best first, written out and deduplicated on demand."""

    def __init__(self, code: str, colours: list[int], prior: Prior, wrong: Confusion) -> None:
        self.seen: set[str] = set()
        self.changes: list[Change] = []
        try:
            tree = ast.parse(code)
        except SyntaxError:
            return
        self.seen.add(normalise(code))
        self.search = Search(tree, colours, prior, wrong)
        found = list(self.search.edits())
        order = sorted(range(len(found)), key=lambda k: (-found[k].score, k))
        self.changes = [found[k] for k in order]

    def take(self, index: int) -> Edit | None:
        """Remove the change at `index` and write it out; None when it repeats a known program."""
        change = self.changes.pop(index)
        code = self.search.code(change)
        key = normalise(code)
        if key in self.seen:
            return None
        self.seen.add(key)
        return Edit(code, change.score)


def ranked_edits(
    code: str, colours: list[int], prior: Prior, wrong: Confusion | None = None
) -> list[Edit]:
    """Every distinct single edit of a program, best first, the program itself left out."""
    ranked = Ranked(code, colours, prior, wrong or Counter())
    found = []
    while ranked.changes:
        edit = ranked.take(0)
        if edit is not None:
            found.append(edit)
    return found


def repair(
    parent: Parent, task: Task, colours: list[int], prior: Prior, n: int, rng: random.Random
) -> list[str]:
    """Up to n edits of an almost-right parent: the best half by rank, the rest drawn by score.

    Only chosen edits are written out, so a long parent (many constants) costs what it yields."""
    ranked = Ranked(parent.code, colours, prior, confusion(parent, task))
    chosen: list[str] = []
    top = (n + 1) // 2
    while ranked.changes and len(chosen) < top:
        edit = ranked.take(0)
        if edit is not None:
            chosen.append(edit.code)
    tries = 4 * n
    while ranked.changes and len(chosen) < n and tries:
        tries -= 1
        pick = rng.choices(range(len(ranked.changes)), [c.score for c in ranked.changes])[0]
        edit = ranked.take(pick)
        if edit is not None:
            chosen.append(edit.code)
    return chosen
