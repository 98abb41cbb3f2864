"""`evo report`, `evo inspect` and `evo export`: reading a run back."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from evo.cli.common import CliError, db_option, reports_errors, run_option
from evo.core.config import from_dict
from evo.core.tasks import Task, run_tasks
from evo.report.figures import build_report, task_predictions
from evo.report.layout import report_lines
from evo.report.lineage import html_view, text_view
from evo.report.plot import plot_report
from evo.report.submission import build_submission
from evo.search.runner import open_store
from evo.store.models import Run
from evo.store.repository import Store


def open_run(store: Store, run_name: str | None) -> tuple[Run, dict[str, Task]]:
    """The named run (default: the newest) and its tasks, loaded as its stored config says."""
    run = store.find_run(run_name)
    return run, run_tasks(from_dict(run.config).tasks)


def _open(db: str, run_name: str | None) -> tuple[Store, Run, dict[str, Task]]:
    """The store at db, with the named run and its tasks."""
    store = open_store(db)
    return (store, *open_run(store, run_name))


@click.command("report")
@db_option
@run_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--plot",
    "plot_file",
    type=click.Path(path_type=Path),
    help="Also draw the solved curve and fitness histogram into a PNG.",
)
@reports_errors
def report_command(db: str, run_name: str | None, as_json: bool, plot_file: Path | None) -> None:
    """Figures of a run: solved, pass@2, validity, operator yield, speed.

    Example: evo report --json
    """
    store, run, tasks = _open(db, run_name)
    report = build_report(store, run, tasks)
    if plot_file:
        plot_report(report, [p.fitness or 0.0 for p in store.programs(run.id)], plot_file)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo("\n".join(report_lines(report)))


@click.command("inspect")
@click.argument("task_id")
@db_option
@run_option
@click.option("--html", "html_file", type=click.Path(path_type=Path), help="Write an HTML page.")
@click.option("--plain", is_flag=True, help="Digits instead of colours.")
@reports_errors
def inspect_command(
    task_id: str, db: str, run_name: str | None, html_file: Path | None, plain: bool
) -> None:
    """Lineage, code and outputs of a task's best program.

    Example: evo inspect 007bbfb7 --html 007bbfb7.html
    """
    store, run, tasks = _open(db, run_name)
    if task_id not in tasks:
        raise CliError(f"task '{task_id}' is not part of run '{run.name}'")
    if html_file:
        html_file.write_text(html_view(store, run, tasks[task_id]), encoding="utf-8")
        click.echo(f"wrote {html_file}")
        return
    click.echo(text_view(store, run, tasks[task_id], color=not plain and sys.stdout.isatty()))


@click.command("export")
@db_option
@run_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Submission JSON file to write.",
)
@reports_errors
def export_command(db: str, run_name: str | None, output: Path) -> None:
    """Write the run's test predictions in the ARC Prize submission format.

    Example: evo export -o submission.json
    """
    store, run, tasks = _open(db, run_name)
    submission = build_submission(task_predictions(store, run, tasks), tasks)
    output.write_text(json.dumps(submission), encoding="utf-8")
    click.echo(f"wrote {len(submission)} tasks to {output}")
