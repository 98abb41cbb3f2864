"""`evo run`: start a run from a config and flags, or resume one, with progress bars."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from evo.cli.common import CliError, db_option, reports_errors, split_ids, stops_on_sigterm
from evo.cli.progress import Bars
from evo.core.config import load_toml, merge
from evo.report.figures import build_report
from evo.report.layout import summary
from evo.search.runner import resume as resume_run
from evo.search.runner import start
from evo.search.worker import Worker

FLAG_KEYS: dict[str, tuple[str | None, str]] = {
    "name": (None, "name"),
    "seed": (None, "seed"),
    "task_set": ("tasks", "task_set"),
    "task_ids": ("tasks", "tasks"),
    "limit": ("tasks", "limit"),
    "generations": ("search", "generations"),
    "programs_per_task": ("search", "programs_per_task"),
    "exhaustive": ("search", "exhaustive"),
    "augment": ("search", "augment"),
    "deepen": ("search", "deepen"),
    "backend": ("backend", "name"),
    "model": ("backend", "model"),
    "max_tokens": ("backend", "max_tokens"),
    "base_url": ("backend", "base_url"),
    "grammar": ("backend", "grammar"),
    "llm_share": ("backend", "llm_share"),
    "learn_every": ("learn", "every"),
}
"""Where each `evo run` flag lands in the config: (section or None for the top, key)."""

RESUME_FLAGS = {"name"}
"""Flags that still apply with --resume (--name picks the run); the rest would change a run
whose config is stored, so they are refused."""


def flag_settings(flags: dict[str, Any]) -> dict[str, Any]:
    """The flags the user gave, as nested config settings."""
    settings: dict[str, Any] = {}
    for flag, value in flags.items():
        if value is None:
            continue
        section, key = FLAG_KEYS[flag]
        if flag == "task_ids":
            value = split_ids(value) or []
        if section is None:
            settings[key] = value
        else:
            settings.setdefault(section, {})[key] = value
    return settings


def resolve_settings(config_file: Path | None, **flags: Any) -> dict[str, Any]:
    """The TOML file's settings, then the command-line flags over them."""
    settings = load_toml(config_file) if config_file else {}
    return merge(settings, flag_settings(flags))


def refuse_on_resume(config_file: Path | None, flags: dict[str, Any]) -> None:
    """Raise CliError when --resume comes with flags that cannot apply to a stored run."""
    given = [f for f, v in flags.items() if v is not None and f not in RESUME_FLAGS]
    if config_file is not None:
        given.insert(0, "config")
    if given:
        names = ", ".join("--" + f.replace("_", "-") for f in given)
        names = names.replace("--task-ids", "--tasks").replace(
            "--grammar", "--grammar/--no-grammar"
        )
        raise CliError(
            f"--resume continues a run with its stored config; {names} cannot apply "
            "(drop it, or start a new run with --name)"
        )


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
@click.option(
    "--augment",
    type=click.IntRange(min=0),
    help="Programs per open task from the exhaustive layer under the 7 other symmetries of "
    "the square, in the second generation (default 0: off).",
)
@click.option(
    "--deepen",
    type=click.IntRange(min=0),
    help="Near misses per open task extended by fitted library steps in each generation "
    "after the first (default 4; 0: none).",
)
@click.option("--backend", help="auto (default), symbolic, transformers, vllm or openai.")
@click.option("--model", help="Model path or name for LLM backends.")
@click.option("--max-tokens", type=click.IntRange(min=1), help="Completion length limit.")
@click.option("--base-url", help="Server of the openai backend (default http://127.0.0.1:8000).")
@click.option(
    "--grammar/--no-grammar",
    default=None,
    help="Constrain decoding to the DSL grammar (default: on for the embedded model; "
    "[backend] grammar_kind picks typed or wide, else the model folder's).",
)
@click.option("--llm-share", type=click.FloatRange(0, 1), help="Share of programs the LLM writes.")
@click.option(
    "--learn-every",
    type=click.IntRange(min=0),
    help="A learning round after every K generations: the LLM goes on with a model learnt on "
    "the run's programs so far, saved under [learn] folder (default 0: none).",
)
@click.option("--seed", type=int, help="Run seed (default 0).")
@click.option("--name", help="Run name (default: run-<random>).")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="TOML config file.")
@click.option("--resume", is_flag=True, help="Continue the newest unfinished run in --db.")
@click.option("--quiet", is_flag=True, help="No progress bars.")
@click.option(
    "--enqueue-only",
    is_flag=True,
    help="Create the run and its first unit of work, then exit: `evo worker`s do the work.",
)
@db_option
@reports_errors
def run_command(
    db: str,
    resume: bool,
    quiet: bool,
    enqueue_only: bool,
    config_file: Path | None,
    **flags: Any,
) -> None:
    """Grow programs for a task set, or resume an unfinished run.

    Example: evo run --task-set training --limit 20 --generations 5
    """
    started = time.perf_counter()
    bars = Bars(quiet)
    if resume:
        refuse_on_resume(config_file, flags | {"enqueue_only": enqueue_only or None})
        store, run, engine, backend = resume_run(db, flags["name"], bars)
        click.echo(f"resuming run {run.name} with the {backend}", err=True)
    else:
        settings = resolve_settings(config_file, **flags)
        store, run, found, backend = start(settings, db, bars, enqueue_only)
        tasks = len(store.run_tasks(run.id))
        click.echo(f"run {run.name}: {tasks} tasks, backend: {backend}", err=True)
        if found is None:
            click.echo(f"queued: start workers with  evo worker --db {db} --run {run.name}")
            return
        engine = found
    worker = Worker(store, lambda run_id: engine, run_id=run.id, take_over=resume)
    try:
        with stops_on_sigterm(worker):
            worker.run()
    finally:
        engine.close()
    report = build_report(store, store.find_run(run.name), engine.tasks)
    click.echo(summary(report))
    click.echo(f"{'wall time':<22}{time.perf_counter() - started:.1f} s")
