"""Deepening near misses: the search run again on what a parent made of the train inputs,
against the expected outputs, so the steps it finds fix the residual; a child is the parent's
program followed by those steps."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from dsl.types import Grid
from evo.core.tasks import Pair, Task
from evo.library.search import Found, Path, Search, change_score, score


def near_misses(found: Sequence[Found], task: Task, count: int) -> list[Found]:
    """The `count` results with train outputs of the right shapes that are not exact and
    reproduce some of the change, most of the change first."""
    shapes = [p.output.shape for p in task.train if p.output is not None]
    scored = []
    for f in found:
        if f.score == 1.0 or [o.shape for o in f.outputs[: len(shapes)]] != shapes:
            continue
        change = change_score(f.outputs, task)
        if change > 0:
            scored.append((change, f))
    scored.sort(key=lambda cf: (-cf[0], -cf[1].score, len(cf[1].path)))
    return [f for _, f in scored[:count]]


def continuations(
    made: Sequence[Grid], task: Task, budget: int, want: int, later: Sequence[Grid] = ()
) -> list[Found]:
    """Paths that turn the parent's train outputs `made` into the expected outputs (run also
    on `later`, the parent's test outputs where known), most accurate first."""
    train = tuple(Pair(m, p.output) for m, p in zip(made, task.train, strict=True))
    test = tuple(Pair(g, None) for g in later)
    return [f for f in Search(Task(task.id, train, test), budget, want).execute() if f.path]


def deepened(parent: Found, task: Task, budget: int, want: int) -> list[Found]:
    """Children of an in-process result: its path, then each continuation (scored on the task)."""
    cut = len(task.train)
    children = []
    for f in continuations(parent.outputs[:cut], task, budget, want, parent.outputs[cut:]):
        children.append(Found(score(f.outputs, task), parent.path + f.path, f.outputs))
    return children


def extend(code: str, path: Path) -> str | None:
    """The program with the path's steps applied to what it returns, or None when it does not
    end in one `return` of `transform` (only such programs are extended)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "transform"]
    if len(funcs) != 1:
        return None
    body = funcs[0].body
    returns = [n for n in ast.walk(funcs[0]) if isinstance(n, ast.Return)]
    if len(returns) != 1 or returns[0] is not body[-1] or body[-1].value is None:  # type: ignore[attr-defined]
        return None
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names = _fresh(used, sum(len(step.lines) for step in path) + 1)
    current = names[0]
    lines = [f"{current} = {ast.unparse(body[-1].value)}"]  # type: ignore[attr-defined]
    at = 1
    for step in path:
        mine = names[at : at + len(step.lines)]
        lines += step.source(current, mine)
        at += len(mine)
        current = mine[-1]
    lines.append(f"return {current}")
    body[-1:] = [ast.parse(line).body[0] for line in lines]
    return ast.unparse(tree) + "\n"


def _fresh(used: set[str], count: int) -> list[str]:
    """`count` variable names of the form d1, d2, ... that the program does not use."""
    names: list[str] = []
    i = 0
    while len(names) < count:
        i += 1
        if f"d{i}" not in used:
            names.append(f"d{i}")
    return names
