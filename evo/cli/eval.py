"""`evo eval`: run one program file on one task through the sandboxed executor."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import click

from evo.cli.common import reports_errors
from evo.core.config import ExecutorConfig
from evo.core.errors import EvoError
from evo.core.tasks import Task, find_task
from evo.executor import PairResult, ProgramResult, evaluate_one


class ProgramFileError(EvoError):
    """A program file that does not exist or cannot be read as text."""


def read_program(path: str) -> str:
    """The text of a program file."""
    file = Path(path)
    if not file.is_file():
        raise ProgramFileError(f"no such program file: {path}")
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProgramFileError(f"cannot read {path}: {exc}") from exc


def _pair_json(pair: PairResult) -> dict[str, object]:
    """The --json form of one pair."""
    return {
        "status": pair.status,
        "accuracy": pair.accuracy,
        "exact": pair.exact,
        "error": pair.error,
    }


def result_json(task_id: str, result: ProgramResult) -> dict[str, object]:
    """The --json form of a result."""
    return {
        "task_id": task_id,
        "status": result.status,
        "fitness": result.fitness,
        "solved": result.solved,
        "train": [_pair_json(p) for p in result.train],
        "test": [_pair_json(p) for p in result.test],
    }


def result_table(task: Task, result: ProgramResult) -> str:
    """The human form of a result: a summary line, then one line per pair."""
    solved = "solved" if result.solved else "not solved"
    lines = [f"task {task.id}: {result.status}, fitness {result.fitness:.3f}, {solved}"]
    lines.append("pair     status    accuracy  exact  error")
    rows = [("train", p, True) for p in result.train]
    rows += [("test", p, q.output is not None) for p, q in zip(result.test, task.test, strict=True)]
    counts = {"train": 0, "test": 0}
    for kind, pair, known in rows:
        name = f"{kind} {counts[kind]}"
        counts[kind] += 1
        accuracy = f"{pair.accuracy:.3f}" if known else "-"
        exact = ("yes" if pair.exact else "no") if known else "-"
        line = f"{name:<8} {pair.status:<9} {accuracy:>8}  {exact:<5}  {pair.error or ''}"
        lines.append(line.rstrip())
    return "\n".join(lines)


def _run(program: str, task_id: str, task_set: str | None, as_json: bool, timeout: float) -> None:
    """Evaluate and print."""
    code = read_program(program)
    task = find_task(task_id, task_set)
    result = evaluate_one(code, task, replace(ExecutorConfig(), timeout_s=timeout))
    if as_json:
        click.echo(json.dumps(result_json(task.id, result)))
    else:
        click.echo(result_table(task, result))


@click.command("eval")
@click.argument("program")
@click.option("--task", "task_id", required=True, help="The task id to run the program on.")
@click.option("--task-set", default=None, help="Where to look (default: every named set).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=ExecutorConfig().timeout_s,
    show_default=True,
    help="Seconds for the program on all pairs of the task.",
)
def eval_command(
    program: str, task_id: str, task_set: str | None, as_json: bool, timeout: float
) -> None:
    """Run a program file (defining transform(grid)) on every pair of a task, sandboxed.

    A program that fails is reported, not an error: the exit code is 0.

    Example: evo eval dsl/solutions/t007bbfb7.py --task 007bbfb7
    """
    reports_errors(_run)(program, task_id, task_set, as_json, timeout)
