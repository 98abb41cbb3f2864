"""A run's programs as training examples: each distinct valid program, shown the task its own
outputs define, with the program as the answer; train-exact programs on their real task."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dsl.grammar import wide_form
from dsl.types import freeze
from evo.core.config import LearnConfig
from evo.core.tasks import Pair, Task
from evo.core.validate import grammar_form
from evo.llm.prompts import learnt_prompt
from evo.llm.training import Example
from evo.store.models import Program

TRAIN, VALID = "train", "valid"
Found = tuple[Example, int, bool]
"""An example, the id of the program it came from, and whether it was relabelled."""


@dataclass(frozen=True)
class Sourced:
    """An example with where it came from: the program, whether relabelled, its split."""

    example: Example
    program_id: int
    relabelled: bool
    split: str


def relabelled(task: Task, program: Program) -> Task | None:
    """The task whose outputs are the program's own (train inputs with its train outputs, test
    inputs with its test outputs); None unless it returned a grid on every pair."""
    results = list(program.train_results or []) + list(program.test_results or [])
    if len(results) != len(task.train) + len(task.test):
        return None
    if any(r.get("status") != "ok" or r.get("output") is None for r in results):
        return None
    grids = [freeze(r["output"]) for r in results]
    n = len(task.train)
    train = tuple(Pair(p.input, g) for p, g in zip(task.train, grids[:n], strict=True))
    test = tuple(Pair(p.input, g) for p, g in zip(task.test, grids[n:], strict=True))
    return Task(task.id, train, test)


def constant(task: Task) -> bool:
    """Whether every train output is the same grid: the program ignores its input, so the
    task it defines teaches nothing about reading one."""
    first = task.train[0].output
    return all(
        p.output is not None and first is not None and np.array_equal(p.output, first)
        for p in task.train
    )


def completion(code: str, settings: LearnConfig) -> str | None:
    """The program as the answer: in the form of the settings' grammar where it has one."""
    form = grammar_form(code) if settings.grammar_kind == "typed" else wide_form(code)
    if form is not None:
        return form.rstrip() + "\n"
    return None if settings.grammar_only else code.rstrip() + "\n"


def candidates(programs: Sequence[Program]) -> list[Program]:
    """A task's valid programs with distinct outputs, best first."""
    seen: set[str | None] = set()
    chosen = []
    ranked = sorted(programs, key=lambda p: (not p.solved, -(p.fitness or 0.0), p.id))
    for p in ranked:
        if p.status != "ok" or p.outputs_key in seen:
            continue
        seen.add(p.outputs_key)
        chosen.append(p)
    return chosen


def task_examples(task: Task, programs: Sequence[Program], settings: LearnConfig) -> list[Found]:
    """(example, program id, relabelled) for one task's chosen programs."""
    found: list[Found] = []
    for p in candidates(programs):
        if len(found) == settings.per_task:
            break
        answer = completion(p.code, settings)
        if answer is None or len(answer) > settings.max_program_chars:
            continue
        shown = task if p.solved else relabelled(task, p)
        if shown is None or constant(shown):
            continue
        prompt = learnt_prompt(shown)
        if len(prompt.user) > settings.max_prompt_chars:
            continue
        example = Example(task.id, prompt.system, prompt.user, answer)
        found.append((example, p.id, not p.solved))
    return found


def build(
    tasks: dict[str, Task], programs: Sequence[Program], settings: LearnConfig, seed: int
) -> list[Sourced]:
    """The data set: examples of every task, shuffled with the seed and capped (programs on
    their real task kept first: they are few and the lesson itself), with the examples of a
    held-out share of tasks (chosen with the seed) for validation."""
    by_task: dict[str, list[Program]] = {t: [] for t in tasks}
    for p in programs:
        if p.task_id in by_task:
            by_task[p.task_id].append(p)
    rng = random.Random(seed)
    found: list[Found] = []
    for task_id, task in tasks.items():
        found += task_examples(task, by_task[task_id], settings)
    ids = sorted({e.task_id for e, _, _ in found})
    held = set(rng.sample(ids, round(len(ids) * settings.holdout))) if len(ids) > 1 else set()
    rng.shuffle(found)
    kept = sorted(found, key=lambda f: f[2])[: settings.max_examples]
    rng.shuffle(kept)
    return [Sourced(e, pid, rel, VALID if e.task_id in held else TRAIN) for e, pid, rel in kept]
