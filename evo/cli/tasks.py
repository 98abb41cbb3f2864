"""`evo tasks`, `evo show` and `evo dsl`: the task sets and the DSL."""

from __future__ import annotations

import json
import sys

import click

from evo.cli.common import reports_errors, split_ids, task_options
from evo.core.tasks import find_task, load_task_set, select_tasks
from evo.report.render import side_by_side


@click.command()
@task_options
@reports_errors
def tasks(task_set: str, task_ids: str | None, limit: int | None) -> None:
    """Print the task ids of a task set, one per line.

    Example: evo tasks --task-set evaluation --limit 5
    """
    chosen = select_tasks(load_task_set(task_set), split_ids(task_ids), limit)
    click.echo("\n".join(t.id for t in chosen))


@click.command()
@click.argument("task_id")
@click.option("--task-set", default=None, help="Where to look (default: every named set).")
@click.option("--plain", is_flag=True, help="Digits instead of colours.")
@reports_errors
def show(task_id: str, task_set: str | None, plain: bool) -> None:
    """Show a task's grids in ARC colours.

    Example: evo show 007bbfb7
    """
    task = find_task(task_id, task_set)
    color = not plain and sys.stdout.isatty()
    for kind, pairs in (("train", task.train), ("test", task.test)):
        for i, pair in enumerate(pairs):
            h, w = pair.input.shape
            titles = [f"{kind} {i} input {h}x{w}", "output"]
            click.echo(side_by_side([pair.input, pair.output], titles, color))
            click.echo()


@click.command()
@click.option("--coverage", "show_coverage", is_flag=True, help="Verify every reference solution.")
@click.option("--json", "as_json", is_flag=True, help="With --coverage: print JSON.")
@reports_errors
def dsl(show_coverage: bool, as_json: bool) -> None:
    """Print the DSL footprint, or how many training tasks its reference solutions verify.

    Example: evo dsl --coverage --json
    """
    from dsl.footprint import footprint
    from evo.report.coverage import coverage

    if not show_coverage:
        text = footprint()
        click.echo(text)
        click.echo(f"\n({len(text)} characters)", err=True)
        return
    training = load_task_set("training")
    result = coverage(training)
    if as_json:
        click.echo(json.dumps({k: result[k] for k in ("primitives", "verified", "failed")}))
        return
    verified, failed = result["verified"], result["failed"]
    click.echo(
        f"verified {len(verified)} of {len(training)} training tasks "
        f"with {result['primitives']} primitives"
    )
    for task_id in failed:
        click.echo(f"failed {task_id}: {result['reasons'][task_id]}")
