"""A leave-one-out prior over DSL calls and their argument values, counted from reference solutions.

The prior for task T never sees T's own reference solution, so it is the same whether or not
that solution exists: per-solution counts are kept and T's are subtracted from the total.
"""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from dsl import CONSTANTS
from dsl.kinds import slots
from dsl.registry import REGISTRY, primitives

Key = tuple[Hashable, ...]
"""("call", prim), ("value", prim, slot, value), ("var", prim, slot) or ("const", prim, slot)."""

COLOUR_NAMES = {name: value for value, name in enumerate(CONSTANTS)}


def constant_of(node: ast.expr) -> int | str | None:
    """The constant an argument stands for (colour names as their numbers), None if not one."""
    if isinstance(node, ast.Name) and node.id in COLOUR_NAMES:
        return COLOUR_NAMES[node.id]
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if isinstance(value, int | str) else None


@cache
def slot_names(prim: str) -> tuple[str, ...]:
    """Parameter names of a primitive, in order."""
    return tuple(s.name for s in slots(REGISTRY[prim]))


def count_source(code: str) -> Counter[Key]:
    """Calls to DSL primitives in one program, with how each argument slot was filled."""
    primitives()
    counts: Counter[Key] = Counter()
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return counts
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        prim = node.func.id
        if prim not in REGISTRY:
            continue
        counts["call", prim] += 1
        names = slot_names(prim)
        pairs = list(zip(names, node.args, strict=False))
        pairs += [(k.arg, k.value) for k in node.keywords if k.arg in names]
        for slot, arg in pairs:
            value = constant_of(arg)
            if value is None:
                counts["var", prim, slot] += 1
            else:
                counts["const", prim, slot] += 1
                counts["value", prim, slot, value] += 1
    return counts


@dataclass(frozen=True)
class Prior:
    """Smoothed call and argument weights; every primitive and value keeps a non-zero weight."""

    counts: Mapping[Key, int]

    def call(self, prim: str) -> float:
        """Weight of calling a primitive (count plus one)."""
        return self.counts.get(("call", prim), 0) + 1.0

    def values(self, prim: str, slot: str, domain: Sequence[object]) -> list[float]:
        """Weights of the constants of a slot's domain (count plus one each)."""
        return [self.counts.get(("value", prim, slot, v), 0) + 1.0 for v in domain]

    def seen(self, prim: str, slot: str) -> list[object]:
        """Constants that fill the slot in the reference solutions, most frequent first."""
        found = [(k[3], n) for k, n in self.counts.items() if k[:3] == ("value", prim, slot)]
        return [v for v, _ in sorted(found, key=lambda vn: (-vn[1], repr(vn[0])))]

    def variable_share(self, prim: str, slot: str) -> float:
        """How often the slot takes a variable rather than a constant (smoothed)."""
        var = self.counts.get(("var", prim, slot), 0)
        const = self.counts.get(("const", prim, slot), 0)
        return (var + 1.0) / (var + const + 2.0)


UNIFORM = Prior({})


@dataclass(frozen=True)
class PriorBook:
    """Per-solution counts and their total, so that any one solution can be left out."""

    per: Mapping[str, Counter[Key]]
    total: Counter[Key]

    @classmethod
    def from_sources(cls, sources: Mapping[str, str]) -> PriorBook:
        """Count every source once, keyed by task id."""
        per = {task_id: count_source(code) for task_id, code in sorted(sources.items())}
        total: Counter[Key] = Counter()
        for counts in per.values():
            total.update(counts)
        return cls(per, total)

    def for_task(self, task_id: str) -> Prior:
        """The prior from every solution except the task's own."""
        own = self.per.get(task_id)
        if own is None:
            return Prior(dict(self.total))
        return Prior(dict(self.total - own))


@cache
def reference_book() -> PriorBook:
    """Counts of the reference solutions of the training tasks."""
    from dsl.solutions import solution_ids, solution_source

    return PriorBook.from_sources({i: solution_source(i) for i in solution_ids()})


@cache
def task_prior(task_id: str) -> Prior:
    """The leave-one-out prior for a task."""
    return reference_book().for_task(task_id)
