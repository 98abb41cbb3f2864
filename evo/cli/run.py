"""`evo run`, `evo report`, `evo inspect` and `evo export`: thin commands over the engine."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from evo.cli.common import CliError, reports_errors, split_ids
from evo.core.config import EvoConfig, from_dict, load_toml, override
from evo.report.figures import build_report, task_predictions
from evo.report.lineage import html_view, text_view
from evo.report.models import model_lines
from evo.report.plot import plot_report
from evo.search.runner import DEFAULT_DB, open_store, run_tasks, start
from evo.search.runner import resume as resume_run

db_option = click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="Database path or SQLAlchemy URL."
)
run_option = click.option("--run", "run_name", help="Run name (default: the newest run).")


class Bars:
    """Turns engine progress events into one tqdm bar per generation."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.bar: tqdm | None = None
        self.generation = 0

    def __call__(self, event: str, **info: Any) -> None:
        if event == "generation":
            self.generation = info["generation"]
        elif event == "propose":
            self._open(info["jobs"], info["operator"], "job")
        elif event == "proposed" and self.bar is not None:
            self.bar.update(info["jobs"])
        elif event == "evaluate":
            self._open(info["programs"], "evaluate", "prog")
        elif event == "evaluated" and self.bar is not None:
            self.bar.update(info["programs"])
        elif event == "generation_done" and self.bar is not None:
            self.bar.set_postfix(solved=info["solved"])
            self._close()

    def _open(self, total: int, stage: str, unit: str) -> None:
        """A new bar for one stage of the current generation (on a terminal only)."""
        self._close()
        self.bar = tqdm(
            total=total,
            desc=f"generation {self.generation + 1}: {stage}",
            unit=unit,
            disable=True if self.quiet else None,
            file=sys.stderr,
        )

    def _close(self) -> None:
        """Finish the current bar, if any."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def resolve_config(config_file: Path | None, **flags: Any) -> EvoConfig:
    """Defaults, then the TOML file, then the command-line flags."""
    config = from_dict(load_toml(config_file)) if config_file else EvoConfig()
    config = override(config, None, name=flags["name"], seed=flags["seed"])
    config = override(
        config,
        "tasks",
        task_set=flags["task_set"],
        tasks=tuple(split_ids(flags["task_ids"]) or ()) or None,
        limit=flags["limit"],
    )
    config = override(
        config,
        "search",
        generations=flags["generations"],
        programs_per_task=flags["programs_per_task"],
        exhaustive=flags["exhaustive"],
    )
    return override(
        config,
        "backend",
        name=flags["backend"],
        model=flags["model"],
        max_tokens=flags["max_tokens"],
        llm_share=flags["llm_share"],
    )


def summary(report: dict[str, Any]) -> str:
    """The few lines printed at the end of a run."""
    rows = [
        ("tasks", report["tasks"]),
        ("solved (train exact)", report["solved"]),
        ("pass@2 on test", f"{report['pass2']} of {report['pass2_known']}"),
        ("programs", report["programs"]),
        ("valid outputs", f"{report['valid_rate']:.1%}"),
        ("programs/s", report["programs_per_s"]),
    ]
    return "\n".join(f"{k:<22}{v}" for k, v in rows)


@click.command("run")
@click.option("--task-set", default=None, help="Task set name or folder (default: training).")
@click.option("--tasks", "task_ids", help="Comma-separated task ids.")
@click.option("--limit", type=click.IntRange(min=1), help="Keep the first N tasks.")
@click.option("--generations", type=click.IntRange(min=1), help="Generations (default 5).")
@click.option(
    "--programs-per-task", type=click.IntRange(min=1), help="Programs per task and generation."
)
@click.option(
    "--exhaustive",
    type=click.IntRange(min=0),
    help="Programs per task from the exhaustive layer before generation 1 (default 8; 0: none).",
)
@click.option("--backend", help="auto (default), symbolic, transformers, vllm or openai.")
@click.option("--model", help="Model path or name for LLM backends.")
@click.option("--max-tokens", type=click.IntRange(min=1), help="Completion length limit.")
@click.option("--base-url", help="Server of the openai backend (default http://127.0.0.1:8000).")
@click.option(
    "--grammar/--no-grammar",
    default=None,
    help="Constrain decoding to the DSL grammar (default: on for the embedded model).",
)
@click.option("--llm-share", type=click.FloatRange(0, 1), help="Share of programs the LLM writes.")
@click.option("--seed", type=int, help="Run seed (default 0).")
@click.option("--name", help="Run name (default: run-<random>).")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="TOML config file.")
@click.option("--resume", is_flag=True, help="Continue the newest unfinished run in --db.")
@click.option("--quiet", is_flag=True, help="No progress bars.")
@db_option
@reports_errors
def run_command(db: str, resume: bool, quiet: bool, config_file: Path | None, **flags: Any) -> None:
    """Grow programs for a task set, or resume an unfinished run.

    Example: evo run --task-set training --limit 20 --generations 5
    """
    started = time.perf_counter()
    bars = Bars(quiet)
    if resume:
        engine, backend = resume_run(db, flags["name"], bars)
        click.echo(f"resuming run {engine.run_row.name} with the {backend}", err=True)
    else:
        engine, backend = start(resolve_config(config_file, **flags), db, bars)
        click.echo(
            f"run {engine.run_row.name}: {len(engine.tasks)} tasks, backend: {backend}", err=True
        )
    try:
        engine.run()
    finally:
        engine.close()
    report = build_report(engine.store, engine.store.find_run(engine.run_row.name), engine.tasks)
    click.echo(summary(report))
    click.echo(f"{'wall time':<22}{time.perf_counter() - started:.1f} s")


def _open(db: str, run_name: str | None):  # type: ignore[no-untyped-def]
    store = open_store(db)
    run = store.find_run(run_name)
    return store, run, run_tasks(from_dict(run.config))


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
    click.echo(
        f"run {report['run']} ({report['status']}, {report['generations']} generations), "
        f"backend: {report['backend']}"
    )
    click.echo(summary(report))
    click.echo(f"{'DSL usage':<22}{report['dsl_usage_rate']:.1%}")
    click.echo(f"{'unique outputs':<22}{report['unique_output_rate']:.1%}")
    click.echo(f"{'solved by generation':<22}{report['solved_per_generation']}")
    click.echo("\noperator        kind        programs   valid  improved  solved")
    for row in report["operators"]:
        click.echo(
            f"{row['operator']:<16}{row['kind']:<10}{row['programs']:>10}{row['valid']:>8}"
            f"{row['improved']:>10}{row['solved']:>8}"
        )
    for line in model_lines(report["models"]):
        click.echo(line)


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


def two_attempts(tries: list[Any]) -> dict[str, Any]:
    """The submission entry of one test input; [[0]] stands in where nothing was predicted."""
    first = tries[0] if tries else [[0]]
    return {"attempt_1": first, "attempt_2": tries[1] if len(tries) > 1 else first}


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
    predictions = task_predictions(store, run, tasks)
    submission = {}
    for task_id, task in tasks.items():
        tries = predictions[task_id]["attempts"]
        submission[task_id] = [
            two_attempts(tries[i] if i < len(tries) else []) for i in range(len(task.test))
        ]
    output.write_text(json.dumps(submission), encoding="utf-8")
    click.echo(f"wrote {len(submission)} tasks to {output}")
