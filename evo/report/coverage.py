"""Checks the DSL's reach: runs every reference solution on all pairs of its task."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

import numpy as np

from dsl.registry import allowed_names, primitives
from dsl.solutions import load_solution, solution_ids, solution_source
from dsl.types import GridError, as_grid
from evo.core.tasks import Task

SOLUTION_BUILTINS = frozenset(
    "abs all any bool dict enumerate filter frozenset int isinstance len list map max min "
    "range reversed round set sorted sum tuple zip True False None".split()
)


@dataclass(frozen=True)
class Verdict:
    """Whether one reference solution reproduces every pair of its task, and if not why."""

    task_id: str
    ok: bool
    reason: str = ""


def style_problems(source: str) -> list[str]:
    """Ways a solution strays from plain DSL code: foreign imports, attributes, unknown names."""
    tree = ast.parse(source)
    problems, dsl_names = [], allowed_names()
    bound = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            problems.append(f"line {node.lineno}: import (only 'from dsl import ...' is allowed)")
        elif isinstance(node, ast.ImportFrom) and node.module not in ("dsl", "__future__"):
            problems.append(f"line {node.lineno}: import from {node.module}")
        elif isinstance(node, ast.Attribute):
            problems.append(f"line {node.lineno}: attribute access .{node.attr}")
        elif isinstance(node, (ast.FunctionDef, ast.Lambda)):
            args = node.args
            bound |= {a.arg for a in args.args + args.kwonlyargs + args.posonlyargs}
            if isinstance(node, ast.FunctionDef):
                bound.add(node.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            known = node.id in dsl_names or node.id in SOLUTION_BUILTINS or node.id in bound
            if not known:
                problems.append(f"line {node.lineno}: unknown name {node.id}")
    return problems


def verify(task: Task) -> Verdict:
    """Run a task's reference solution on every train and test pair."""
    try:
        transform = load_solution(task.id)
    except Exception as exc:  # a broken solution file is a verdict, not a crash
        return Verdict(task.id, False, f"cannot load: {type(exc).__name__}: {exc}")
    for kind, pairs in (("train", task.train), ("test", task.test)):
        for i, pair in enumerate(pairs):
            try:
                got = as_grid(transform(pair.input))
            except (GridError, Exception) as exc:
                return Verdict(task.id, False, f"{kind}[{i}]: {type(exc).__name__}: {exc}")
            if pair.output is not None and not np.array_equal(got, pair.output):
                return Verdict(task.id, False, f"{kind}[{i}]: wrong output")
    problems = style_problems(solution_source(task.id))
    if problems:
        return Verdict(task.id, False, "style: " + "; ".join(problems[:3]))
    return Verdict(task.id, True)


def coverage(tasks: dict[str, Task]) -> dict[str, Any]:
    """{"primitives", "verified", "failed"} over the reference solutions of these tasks."""
    verdicts = [verify(tasks[t]) for t in solution_ids() if t in tasks]
    return {
        "primitives": len(primitives()),
        "verified": [v.task_id for v in verdicts if v.ok],
        "failed": [v.task_id for v in verdicts if not v.ok],
        "reasons": {v.task_id: v.reason for v in verdicts if not v.ok},
    }
