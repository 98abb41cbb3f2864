"""Explaining one task of a run: the lineage of its best program, its code and outputs."""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np

from evo.core.errors import EvoError
from evo.core.tasks import Task
from evo.report.predictions import attempts
from evo.report.render import grid_html, side_by_side
from evo.store.models import Program, Run
from evo.store.repository import Store

MAX_DEPTH = 12


class NothingToInspect(EvoError):
    """The task is not part of the run, or has no programs yet."""


@dataclass(frozen=True)
class TreeLine:
    """One node of a lineage tree: indentation depth and the program."""

    depth: int
    program: Program


def describe(p: Program) -> str:
    """`#12 gen 3 symbolic/refine fitness 0.875 ok`."""
    fit = f"{p.fitness:.3f}" if p.fitness is not None else "-"
    return f"#{p.id} gen {p.generation} {p.operator}/{p.kind} fitness {fit} {p.status}"


def best_program(store: Store, run: Run, task_id: str) -> Program:
    """The task's best program in the run."""
    entry = next((t for t in store.run_tasks(run.id) if t.task_id == task_id), None)
    if entry is None:
        raise NothingToInspect(f"task '{task_id}' is not part of run '{run.name}'")
    best = store.program(entry.best_program_id) if entry.best_program_id else None
    if best is None:
        raise NothingToInspect(f"task '{task_id}' has no evaluated programs in run '{run.name}'")
    return best


def lineage(store: Store, program: Program) -> list[TreeLine]:
    """The program and its ancestors, depth first, each program shown once."""
    lines, seen = [], set()

    def walk(p: Program, depth: int) -> None:
        lines.append(TreeLine(depth, p))
        if p.id in seen or depth >= MAX_DEPTH:
            return
        seen.add(p.id)
        for parent_id in store.parents_of([p.id])[p.id]:
            parent = store.program(parent_id)
            if parent is not None:
                walk(parent, depth + 1)

    walk(program, 0)
    return lines


def _grid(rows: list[list[int]] | None) -> np.ndarray | None:
    return None if rows is None else np.array(rows)


@dataclass(frozen=True)
class Row:
    """One pair shown: its label, the grids side by side and their titles."""

    label: str
    grids: list[np.ndarray | None]
    titles: list[str]


def rows(store: Store, run: Run, task: Task, best: Program) -> list[Row]:
    """Each train pair with the best program's output, then each test input with its attempts."""
    result = []
    for i, (pair, res) in enumerate(zip(task.train, best.train_results or [], strict=False)):
        mark = "exact" if res["exact"] else f"{res['status']} {res['accuracy']:.3f}"
        grids = [pair.input, pair.output, _grid(res["output"])]
        result.append(Row(f"train {i}", grids, ["input", "expected", f"output ({mark})"]))
    tries = attempts(store.programs(run.id, task.id), len(task.test))
    for i, pair in enumerate(task.test):
        grids = [pair.input, pair.output] + [np.array(t) for t in tries[i]]
        titles = ["input", "expected"] + [f"attempt {k + 1}" for k in range(len(tries[i]))]
        result.append(Row(f"test {i}", grids, titles))
    return result


def text_view(store: Store, run: Run, task: Task, color: bool) -> str:
    """Lineage tree, code, and outputs beside the expected grids, for a terminal."""
    best = best_program(store, run, task.id)
    out = [f"run {run.name}, task {task.id}: best program", "", "lineage:"]
    out += [
        "  " * line.depth + ("└─ " if line.depth else "") + describe(line.program)
        for line in lineage(store, best)
    ]
    out += ["", "code:", best.code.rstrip(), ""]
    for row in rows(store, run, task, best):
        titles = [f"{row.label} {row.titles[0]}"] + row.titles[1:]
        out += [side_by_side(row.grids, titles, color), ""]
    return "\n".join(out)


def html_view(store: Store, run: Run, task: Task) -> str:
    """The same as text_view, as one self-contained HTML page."""
    best = best_program(store, run, task.id)
    tree = "".join(
        f"<li style='margin-left:{2 * line.depth}em'>{html.escape(describe(line.program))}</li>"
        for line in lineage(store, best)
    )
    table = "".join(
        f"<tr><th>{row.label}</th>"
        + "".join(f"<td>{grid_html(g)}</td>" for g in row.grids)
        + "</tr>"
        for row in rows(store, run, task, best)
    )
    style = (
        "table.grid{border-collapse:collapse;margin:4px}table.grid td{width:14px;height:14px;"
        "border:1px solid #444;padding:0}td{vertical-align:top}body{font-family:sans-serif}"
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>evo {html.escape(task.id)}</title>"
        f"<style>{style}</style></head><body><h1>Run {html.escape(run.name)}, task "
        f"{html.escape(task.id)}</h1><h2>Lineage</h2><ul>{tree}</ul><h2>Code</h2><pre>"
        f"{html.escape(best.code)}</pre><h2>Outputs</h2><table><tr><th></th><th>input</th>"
        f"<th>expected</th><th>output / attempts</th></tr>{table}</table></body></html>"
    )
