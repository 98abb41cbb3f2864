"""The symbolic operator: random typed DSL programs, mutation and step crossover, no model."""

from __future__ import annotations

import ast
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from dsl.grammar import INT_DOMAINS as GRAMMAR_INTS
from dsl.grammar.space import DEFAULT_INTS as GRAMMAR_DEFAULT_INTS
from dsl.grammar.space import PREFIX
from dsl.kinds import Slot, result_kind, slots
from dsl.registry import primitives
from evo.core.jobs import Candidate, JobSpec
from evo.core.program import Step, Straight, Var, parse_straight
from evo.core.tasks import Task
from evo.operators.prior import UNIFORM, Prior, task_prior
from evo.operators.repair import NEAR, is_near, repair

SIMPLE_KINDS = {"grid", "int", "colour", "bool", "literal"}
INT_DOMAINS: dict[str, tuple[int, ...]] = {
    name: tuple(v for v in values if v != 0)  # a zero shift is a no-op
    for name, values in GRAMMAR_INTS.items()
}
DEFAULT_INTS = (0, 1, 2, 3)
SEEN_INTS = GRAMMAR_DEFAULT_INTS
"""Integer constants of the reference solutions a slot may also take, when it has no domain
(those the grammar admits there)."""
MAX_STEPS = 3


@dataclass(frozen=True)
class Usable:
    """A primitive the symbolic operator can call: its required slots and result kind."""

    name: str
    slots: tuple[Slot, ...]
    result: str


def usable_primitives() -> list[Usable]:
    """Primitives whose required parameters and result are simple kinds."""
    found = []
    for prim in primitives():
        required = tuple(s for s in slots(prim) if not s.optional)
        result = result_kind(prim)
        if result in {"grid", "int", "colour"} and all(s.kind in SIMPLE_KINDS for s in required):
            found.append(Usable(prim.name, required, result))
    return found


def task_colours(task: Task) -> list[int]:
    """Colours seen in the task's train inputs and outputs."""
    seen: set[int] = set()
    for pair in task.train:
        seen |= set(np.unique(pair.input).tolist())
        if pair.output is not None:
            seen |= set(np.unique(pair.output).tolist())
    return sorted(seen)


class Builder:
    """Draws random typed steps for one task with one random generator, weighted by a prior."""

    def __init__(
        self,
        rng: random.Random,
        colours: list[int],
        space: list[Usable],
        prior: Prior = UNIFORM,
    ) -> None:
        self.rng, self.colours, self.space, self.prior = rng, colours or [0], space, prior
        self.grid_makers = [u for u in space if u.result == "grid"]

    def pick(self, prim: str, slot: Slot, domain: Sequence[object]) -> object:
        """A constant of the domain, weighted by how often it fills the slot."""
        return self.rng.choices(domain, self.prior.values(prim, slot.name, domain))[0]

    def value(self, slot: Slot, env: dict[str, str], prim: str = "") -> object:
        """A constant or a variable of the slot's kind."""
        rng = self.rng
        same = [name for name, kind in env.items() if kind == slot.kind]
        if slot.kind == "grid":
            return Var(same[-1] if rng.random() < 0.7 else rng.choice(same))
        if same and rng.random() < self.prior.variable_share(prim, slot.name):
            return Var(rng.choice(same))
        if slot.kind == "colour":
            return self.pick(prim, slot, self.colours)
        if slot.kind == "int":
            return self.pick(prim, slot, int_domain(self.prior, prim, slot))
        if slot.kind == "bool":
            return rng.random() < 0.5
        return self.pick(prim, slot, slot.choices)

    def step(self, env: dict[str, str], target: str, grid_only: bool) -> Step:
        """A random call whose arguments are satisfiable from env, weighted by the prior."""
        pool = self.grid_makers if grid_only else self.space
        usable = [
            u for u in pool if all(s.kind != "grid" or "grid" in env.values() for s in u.slots)
        ]
        chosen = self.rng.choices(usable, [self.prior.call(u.name) for u in usable])[0]
        args = tuple(self.value(s, env, chosen.name) for s in chosen.slots)
        return Step(target, chosen.name, args)

    def program(self) -> Straight:
        """A random straight-line program of 1-3 steps ending in a grid."""
        env, steps = {"grid": "grid"}, []
        count = self.rng.randint(1, MAX_STEPS)
        for i in range(count):
            step = self.step(env, f"x{i + 1}", grid_only=(i == count - 1))
            steps.append(step)
            env[step.target] = kind_of_step(step, self.space)
        return Straight(tuple(steps), steps[-1].target)


def int_domain(prior: Prior, prim: str, slot: Slot) -> tuple[int, ...]:
    """Integer constants a slot may take: its grammar domain, else small ints seen in the prior."""
    if slot.name in INT_DOMAINS:
        return INT_DOMAINS[slot.name]
    seen = [v for v in prior.seen(prim, slot.name) if type(v) is int and v in SEEN_INTS]
    return tuple(sorted(set(DEFAULT_INTS) | set(seen)))  # type: ignore[arg-type]


def kind_of_step(step: Step, space: list[Usable]) -> str:
    """The kind of value a step produces."""
    return next(u.result for u in space if u.name == step.func)


def last_grid(prog: Straight, space: list[Usable], upto: int) -> str:
    """Name of the last grid-valued variable among the first `upto` steps (or `grid`)."""
    for step in reversed(prog.steps[:upto]):
        if kind_of_step(step, space) == "grid":
            return step.target
    return "grid"


class SymbolicOperator:
    """Sample, refine and crossover without a model; deterministic given each job's seed."""

    name = "symbolic"

    def __init__(self, near: float = NEAR) -> None:
        self.space = usable_primitives()
        self.near = near

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """Up to n distinct programs per job."""
        return [self._job(job) for job in jobs]

    def _job(self, job: JobSpec) -> list[Candidate]:
        rng = random.Random(job.seed)
        prior = task_prior(job.task.id)
        builder = Builder(rng, task_colours(job.task), self.space, prior)
        codes: list[str] = []
        if job.kind == "refine" and job.parents and is_near(job.parents[0], self.near):
            codes = repair(job.parents[0], job.task, builder.colours, prior, job.n, rng)
        for _ in range(job.n * 4):
            if len(codes) >= job.n:
                break
            code = self._one(job, builder)
            if code is not None and code not in codes:
                codes.append(code)
        return [Candidate(code) for code in codes]

    def _one(self, job: JobSpec, builder: Builder) -> str | None:
        parents = [parse_straight(p.code) for p in job.parents]
        if job.kind == "refine" and job.parents:
            if parents[0] is None:
                return mutate_constants(job.parents[0].code, builder)
            return self.written(self.mutate(parents[0], builder))
        if job.kind == "crossover" and len(parents) >= 2 and None not in parents:
            return self.written(self.cross(parents[0], parents[1], builder.rng))  # type: ignore[arg-type]
        return self.written(builder.program())

    def written(self, prog: Straight) -> str:
        """Source with names renumbered by kind (g1, n1, c1...), as the DSL grammar writes it."""
        counts: Counter[str] = Counter()
        names = {"grid": "grid"}
        steps = []
        for s in prog.steps:
            kind = kind_of_step(s, self.space)
            counts[kind] += 1
            args = tuple(Var(names.get(a.name, a.name)) if isinstance(a, Var) else a
                         for a in s.args)  # fmt: skip
            names[s.target] = f"{PREFIX[kind]}{counts[kind]}"
            steps.append(Step(names[s.target], s.func, args))
        return Straight(tuple(steps), names.get(prog.result, prog.result)).render()

    def mutate(self, prog: Straight, builder: Builder) -> Straight:
        """Change an argument or a call, insert a step, or delete one."""
        rng, steps = builder.rng, list(prog.steps)
        if not steps:
            return builder.program()
        i = rng.randrange(len(steps))
        env = {"grid": "grid"} | {s.target: kind_of_step(s, self.space) for s in steps[:i]}
        move = rng.choice(("argument", "call", "insert", "delete"))
        if move == "argument":
            usable = next(u for u in self.space if u.name == steps[i].func)
            if not usable.slots:
                return builder.program()
            j = rng.randrange(len(usable.slots))
            args = list(steps[i].args)
            args[j] = builder.value(usable.slots[j], env, usable.name)
            steps[i] = replace(steps[i], args=tuple(args))
        elif move == "call":
            steps[i] = builder.step(
                env, steps[i].target, grid_only=kind_of_step(steps[i], self.space) == "grid"
            )
        elif move == "insert":
            env = {"grid": "grid"} | {s.target: kind_of_step(s, self.space) for s in steps}
            new = builder.step(env, f"x{len(steps) + 1}", grid_only=True)
            return Straight((*steps, new), new.target) if len(steps) < 6 else prog
        elif len(steps) > 1:
            gone = steps.pop(i)
            keep = last_grid(prog, self.space, i)
            steps = [_rename(s, gone.target, keep) for s in steps]
            result = prog.result if prog.result != gone.target else keep
            return Straight(tuple(steps), result)
        return Straight(tuple(steps), prog.result)

    def cross(self, a: Straight, b: Straight, rng: random.Random) -> Straight:
        """A prefix of a's steps followed by a suffix of b's, re-linked to a's last grid."""
        cut_a = rng.randint(1, len(a.steps)) if a.steps else 0
        cut_b = rng.randrange(len(b.steps)) if b.steps else 0
        head = list(a.steps[:cut_a])
        joint = last_grid(a, self.space, cut_a)
        names = {s.target: f"y{k + 1}" for k, s in enumerate(b.steps[cut_b:])}
        tail = []
        for s in b.steps[cut_b:]:
            args = tuple(Var(names.get(x.name, joint)) if isinstance(x, Var) else x for x in s.args)
            tail.append(Step(names[s.target], s.func, args))
        if not tail:
            return Straight(tuple(head), joint)
        return Straight(tuple(head + tail), names.get(b.result, tail[-1].target))


def _rename(step: Step, old: str, new: str) -> Step:
    args = tuple(Var(new) if isinstance(a, Var) and a.name == old else a for a in step.args)
    return replace(step, args=args)


def mutate_constants(code: str, builder: Builder) -> str | None:
    """Change one small integer constant of any program (LLM-written ones included)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    numbers = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and type(n.value) is int and 0 <= n.value <= 9
    ]
    if not numbers:
        return None
    node = builder.rng.choice(numbers)
    node.value = builder.rng.choice([v for v in range(10) if v != node.value])
    return ast.unparse(tree) + "\n"
