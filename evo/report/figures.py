"""The figures of a run, computed from the database alone."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from evo.core.attempts import pass_at
from evo.core.tasks import Task
from evo.report.models import model_figures, share
from evo.report.predictions import attempts
from evo.store.models import Program, Run
from evo.store.repository import Store


def operator_yield(store: Store, programs: list[Program]) -> list[dict[str, Any]]:
    """Per operator and kind: programs, valid, improved on their best parent, solved."""
    fitness = {p.id: p.fitness or 0.0 for p in programs}
    parents = store.parents_of([p.id for p in programs])
    rows: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"programs": 0, "valid": 0, "improved": 0, "solved": 0}
    )
    for p in programs:
        row = rows[(p.operator, p.kind)]
        row["programs"] += 1
        row["valid"] += p.status == "ok"
        row["solved"] += p.solved
        ups = [fitness[q] for q in parents[p.id] if q in fitness]
        row["improved"] += bool(ups) and (p.fitness or 0.0) > max(ups)
    return [{"operator": op, "kind": kind, **row} for (op, kind), row in sorted(rows.items())]


def task_predictions(store: Store, run: Run, tasks: dict[str, Task]) -> dict[str, Any]:
    """Per task: the two attempts per test input and whether they pass."""
    by_task: dict[str, list[Program]] = defaultdict(list)
    for p in store.programs(run.id):
        by_task[p.task_id].append(p)
    result = {}
    for rt in store.run_tasks(run.id):
        task = tasks.get(rt.task_id)
        if task is None:
            continue
        tries = attempts(by_task[rt.task_id], len(task.test))
        expected = [None if t.output is None else t.output.tolist() for t in task.test]
        result[rt.task_id] = {"attempts": tries, "pass2": pass_at(tries, expected)}
    return result


def build_report(store: Store, run: Run, tasks: dict[str, Task]) -> dict[str, Any]:
    """Every figure of `evo report` as one JSON-ready dict."""
    programs = store.programs(run.id)
    run_tasks = store.run_tasks(run.id)
    stats = store.generation_stats(run.id)
    predictions = task_predictions(store, run, tasks)
    known = [v["pass2"] for v in predictions.values() if v["pass2"] is not None]
    ok = [p for p in programs if p.status == "ok"]
    seconds = sum(s.propose_s + s.evaluate_s for s in stats)
    completions = store.completions(run.id)
    tokens = sum(c.completion_tokens for c in completions)
    latency = sum(c.latency_s for c in completions)
    return {
        "run": run.name,
        "backend": run.backend,
        "status": run.status,
        "generations": run.generations_done,
        "tasks": len(run_tasks),
        "solved": sum(t.status == "solved" for t in run_tasks),
        "pass2": sum(known),
        "pass2_known": len(known),
        "programs": len(programs),
        "valid_rate": share(len(ok), len(programs)),
        "dsl_usage_rate": share(sum(bool(p.dsl_calls) for p in programs), len(programs)),
        "unique_output_rate": share(len({(p.task_id, p.outputs_key) for p in ok}), len(ok)),
        "mean_accuracy": round(sum(p.fitness or 0.0 for p in programs) / len(programs), 4)
        if programs
        else 0.0,
        "operators": operator_yield(store, programs),
        "solved_per_generation": [s.solved for s in stats],
        "programs_per_generation": [s.programs for s in stats],
        "programs_per_s": round(len(programs) / seconds, 1) if seconds else 0.0,
        "seconds": round(seconds, 1),
        "llm": {
            "completions": len(completions),
            "prompt_tokens": sum(c.prompt_tokens for c in completions),
            "completion_tokens": tokens,
            "tokens_per_s": round(tokens / latency, 1) if latency else 0.0,
        },
        "models": model_figures(store.completions_with_kind(run.id), programs),
    }
