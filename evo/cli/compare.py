"""`evo compare`: several runs side by side."""

from __future__ import annotations

import json
from pathlib import Path

import click

from evo.cli.common import db_option, reports_errors
from evo.cli.results import open_run
from evo.report.compare import compare_lines, compare_rows, plot_compare
from evo.report.figures import build_report
from evo.search.runner import open_store


@click.command("compare")
@click.argument("runs", nargs=-1, required=True, metavar="RUN...")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON.")
@click.option(
    "--plot",
    "plot_file",
    type=click.Path(path_type=Path),
    help="Also draw each run's solved-per-generation curve into a PNG.",
)
@reports_errors
def compare_command(runs: tuple[str, ...], db: str, as_json: bool, plot_file: Path | None) -> None:
    """Runs side by side: solved, pass@2, validity, DSL usage, unique outputs, accuracy and
    speed, one row per run and one per language model a run used.

    Example: evo compare baseline qwen7b --plot compare.png
    """
    store = open_store(db)
    rows = compare_rows([build_report(store, *open_run(store, name)) for name in runs])
    if plot_file:
        plot_compare(rows, plot_file)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo("\n".join(compare_lines(rows)))
