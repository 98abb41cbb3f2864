"""`evo learn`: fine-tune a model on a run's own programs (hindsight relabelling)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from evo.cli.common import db_option, reports_errors
from evo.core.config import GRAMMAR_KINDS, learn_config, load_toml
from evo.learn.dataset import TRAIN, VALID, Sourced
from evo.learn.learner import dataset, learn
from evo.search.runner import open_store

FLAGS = {
    "max_examples": "max_examples",
    "per_task": "per_task",
    "epochs": "epochs",
    "max_steps": "max_steps",
    "learning_rate": "learning_rate",
    "lora": "lora",
    "grammar_kind": "grammar_kind",
}


def describe(examples: list[Sourced], shown: int) -> list[str]:
    """The data set's size and its first few examples, for --dry-run."""
    train = [s for s in examples if s.split == TRAIN]
    valid = [s for s in examples if s.split == VALID]
    tasks = {s.example.task_id for s in examples}
    lines = [
        f"{len(examples)} examples from {len(tasks)} tasks: {len(train)} train, "
        f"{len(valid)} validation (held-out tasks); "
        f"{sum(s.relabelled for s in examples)} relabelled to their own outputs"
    ]
    for s in examples[:shown]:
        mark = "relabelled" if s.relabelled else "train-exact"
        lines += ["", f"--- task {s.example.task_id}, program #{s.program_id} ({mark}, {s.split})"]
        lines += [s.example.user.rstrip(), "--- answer", s.example.completion.rstrip()]
    return lines


@click.command("learn")
@click.option("--run", "run_name", help="Run whose programs to learn from (default: newest).")
@db_option
@click.option("--model", "base", help="Base model folder (default: the embedded SmolLM2).")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Model folder to write.")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="TOML [learn].")
@click.option("--max-examples", type=click.IntRange(min=1), help="Examples in all (default 640).")
@click.option("--per-task", type=click.IntRange(min=1), help="Examples per task (default 8).")
@click.option("--epochs", type=click.FloatRange(min=0, min_open=True), help="Passes (default 1).")
@click.option("--max-steps", type=click.IntRange(min=0), help="Stop after N steps (0: epochs).")
@click.option("--learning-rate", type=click.FloatRange(min=0, min_open=True), help="Step size.")
@click.option("--lora/--full", default=None, help="LoRA adapters or every weight (default).")
@click.option(
    "--grammar-kind",
    type=click.Choice(GRAMMAR_KINDS),
    help="Write the programs in the typed grammar (one DSL call a line; default) or the wide "
    "one (any Python expression, as the library writes); sampling the model uses the same.",
)
@click.option(
    "--dry-run", is_flag=True, help="Print the data set's size and examples; train nothing."
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@reports_errors
def learn_command(
    run_name: str | None,
    db: str,
    base: str | None,
    output: Path | None,
    config_file: Path | None,
    dry_run: bool,
    quiet: bool,
    **flags: Any,
) -> None:
    """Fine-tune a model on a run's programs, each shown the task its own outputs define,
    and save a folder every backend loads with --model.

    Example: evo learn --run run-a5e6f5 -o runs/learnt && evo run --model runs/learnt
    """
    settings = load_toml(config_file).get("learn", {}) if config_file else {}
    settings |= {FLAGS[k]: v for k, v in flags.items() if v is not None}
    config = learn_config(settings)
    store = open_store(db)
    run = store.find_run(run_name)
    if dry_run:
        click.echo("\n".join(describe(dataset(store, run, config), 3)))
        return
    if output is None:
        raise click.UsageError("give the model folder to write with -o DIR")
    if base is None:
        from evo.llm.embedded import embedded_model_path

        base = str(embedded_model_path())
    record, examples = learn(store, run, base, output, config, progress=not quiet)
    click.echo(describe(examples, 0)[0])
    before, after = record.valid_loss_before, record.valid_loss_after
    valid = f"; validation loss {before:.3f} -> {after:.3f}" if before and after else ""
    click.echo(f"{record.steps} steps in {record.wall_s:.0f} s{valid}; saved {output}")
    click.echo(f"use it with: evo run --model {output}")
