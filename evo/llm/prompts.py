"""Prompt templates from evo/llm/templates/*.txt, rendered strictly, shared text first."""

from __future__ import annotations

import hashlib
import importlib.resources
import random
import string
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from dsl.footprint import footprint
from dsl.solutions import solution_ids, solution_source
from evo.core.errors import EvoError
from evo.core.jobs import JobSpec, Parent
from evo.core.seeds import derive_seed
from evo.core.tasks import Pair, Task


class PromptError(EvoError):
    """A template that is missing, or a slot left unfilled."""


@lru_cache(maxsize=16)
def template(name: str) -> string.Template:
    """The named template from evo/llm/templates."""
    try:
        folder = importlib.resources.files("evo.llm").joinpath("templates")
        text = folder.joinpath(f"{name}.txt").read_text("utf-8")
    except FileNotFoundError as exc:
        raise PromptError(f"no prompt template '{name}'") from exc
    return string.Template(text)


def render(name: str, **slots: str) -> str:
    """Fill a template; a missing slot raises PromptError rather than leaking `$slot`."""
    try:
        return template(name).substitute(slots)
    except KeyError as exc:
        raise PromptError(f"template '{name}' needs slot {exc.args[0]}") from exc


def grid_text(grid: np.ndarray | list[list[int]] | None) -> str:
    """A grid as one line of digits per row."""
    if grid is None:
        return "(none)"
    return "\n".join("".join(str(int(v)) for v in row) for row in grid)


def pair_text(i: int, pair: Pair) -> str:
    """One train pair, compact."""
    return (
        f"Example {i} input:\n{grid_text(pair.input)}\n"
        f"Example {i} output:\n{grid_text(pair.output)}\n"
    )


def task_text(task: Task) -> str:
    """Train pairs and test inputs, compact."""
    parts = [pair_text(i + 1, pair) for i, pair in enumerate(task.train)]
    for i, pair in enumerate(task.test):
        parts.append(f"Test {i + 1} input:\n{grid_text(pair.input)}\n")
    return "\n".join(parts)


def examples_text(task_id: str, count: int, seed: int) -> str:
    """`count` short reference solutions of OTHER tasks, chosen by seed."""
    others = [t for t in solution_ids() if t != task_id]
    short = sorted(others, key=lambda t: (len(solution_source(t)), t))[: max(count * 8, 1)]
    chosen = sorted(random.Random(seed).sample(short, min(count, len(short))))
    return "\n".join(f"```python\n{solution_source(t).strip()}\n```" for t in chosen)


def feedback_text(parent: Parent, task: Task, shown_failures: int = 2) -> str:
    """Which pairs a parent got right, and its wrong outputs beside the expected ones."""
    if parent.status in ("error", "rejected", "timeout") and not any(
        r.get("status") == "ok" for r in parent.train
    ):
        return f"It fails with {parent.status}: {parent.error}\n"
    lines = []
    shown = 0
    for i, (pair, res) in enumerate(zip(task.train, parent.train, strict=False)):
        if res.get("exact"):
            lines.append(f"Example {i + 1}: correct.")
        elif shown < shown_failures:
            shown += 1
            got = (
                grid_text(res.get("output"))
                if res.get("status") == "ok"
                else (f"{res.get('status')}: {res.get('error')}")
            )
            lines.append(
                f"Example {i + 1}: wrong. Expected:\n{grid_text(pair.output)}\nGot:\n{got}"
            )
        else:
            lines.append(f"Example {i + 1}: wrong.")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Prompt:
    """A rendered prompt: the shared system text, the varying user text, and its provenance."""

    system: str
    user: str
    template: str

    @property
    def text(self) -> str:
        """System and user text as one completion-style prompt."""
        return f"{self.system}\n{self.user}"

    @property
    def digest(self) -> str:
        """SHA-256 of the rendered text."""
        return hashlib.sha256(self.text.encode()).hexdigest()


LEARNT = "learnt"
"""The prompt style of a model learnt on evo's own programs: the instruction and the grids."""
BASE = "base"
"""The prompt style of a base model: instructions, the DSL footprint, reference solutions."""


LEARNT_CHARS = 700
"""Characters of grids a learnt prompt shows: the smallest train pairs that fit (at least one)."""


def fitted_pairs(task: Task, budget: int = LEARNT_CHARS) -> list[Pair]:
    """The task's smallest train pairs, in task order, that fit in `budget` characters of
    grid text (the smallest alone if none fits): what a learnt model sees of a task."""
    costs = [len(pair_text(1, pair)) for pair in task.train]
    kept: list[int] = []
    used = 0
    for i in sorted(range(len(costs)), key=lambda i: (costs[i], i)):
        cost = costs[i]
        if kept and used + cost > budget:
            break
        kept.append(i)
        used += cost
    return [task.train[i] for i in sorted(kept)]


def learnt_prompt(task: Task) -> Prompt:
    """The compact prompt a learnt model is trained and sampled on, for every job kind: it
    has seen the DSL, so it needs neither the footprint nor examples; it shows the smallest
    train pairs (no test inputs), so prompts stay short on a CPU and alike in learning and
    sampling whatever the task's grid sizes."""
    shown = "\n".join(pair_text(i + 1, p) for i, p in enumerate(fitted_pairs(task)))
    return Prompt(render("learnt_system"), render("learnt", task=shown), LEARNT)


def build_prompt(job: JobSpec, examples: int, shown_failures: int = 2, style: str = BASE) -> Prompt:
    """The prompt for one job: preamble, task, then the parents (if any); a learnt model
    gets its compact prompt instead."""
    if style == LEARNT:
        return learnt_prompt(job.task)
    system = render(
        "system",
        footprint=footprint(),
        examples=examples_text(job.task.id, examples, derive_seed("examples", job.task.id)),
    )
    task = task_text(job.task)
    if job.kind == "refine" and job.parents:
        p = job.parents[0]
        user = render(
            "refine",
            task=task,
            code=p.code.strip(),
            feedback=feedback_text(p, job.task, shown_failures),
        )
    elif job.kind == "crossover" and len(job.parents) >= 2:
        a, b = job.parents[:2]
        user = render(
            "crossover",
            task=task,
            code_a=a.code.strip(),
            code_b=b.code.strip(),
            score_a=f"{a.fitness:.2f}",
            score_b=f"{b.fitness:.2f}",
        )
    else:
        user = render("sample", task=task)
    return Prompt(system, user, job.kind)


def shared_prefix(a: str, b: str) -> int:
    """Length of the common prefix of two texts."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i
