"""Runs side by side: one row per run, and one per model of a run that used a language model,
each figure taken from the run's report (evo.report.figures)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evo.report.plot import pyplot, save

RUN_FIGURES = (
    "tasks",
    "solved",
    "pass2",
    "pass2_known",
    "solved_per_generation",
    "valid_rate",
    "dsl_usage_rate",
    "unique_output_rate",
    "mean_accuracy",
    "seconds",
)
"""The figures a run's row copies from the top level of its report."""
LLM_FIGURES = ("completions", "tokens_per_s")
"""The figures a run's row copies from its report's LLM totals."""
MODEL_FIGURES = (
    "valid_rate",
    "dsl_usage_rate",
    "unique_output_rate",
    "mean_accuracy",
    "completions",
    "tokens_per_s",
)
"""The figures a model's row copies from its entry in the report; the rest are run-wide."""
HEADER = (
    "run",
    "backend/model",
    "tasks",
    "solved",
    "pass@2",
    "solved/gen",
    "valid",
    "DSL",
    "unique",
    "accuracy",
    "completions",
    "tok/s",
    "wall s",
)
TEXT_COLUMNS = 2
"""The leading columns that hold names (left-aligned); the rest hold figures (right-aligned)."""
RATES = ("valid_rate", "dsl_usage_rate", "unique_output_rate")


def run_row(report: dict[str, Any]) -> dict[str, Any]:
    """A run's row: its run-wide figures and LLM totals, straight from its report."""
    row: dict[str, Any] = {"run": report["run"], "backend": report["backend"], "model": None}
    row |= {key: report[key] for key in RUN_FIGURES}
    return row | {key: report["llm"][key] for key in LLM_FIGURES}


def model_row(report: dict[str, Any], model: dict[str, Any]) -> dict[str, Any]:
    """A model's row within a run: its own figures, None for the run-wide ones."""
    row: dict[str, Any] = {"run": report["run"], "backend": report["backend"]}
    row["model"] = model["model"]
    keys = RUN_FIGURES + LLM_FIGURES
    return row | {key: model[key] if key in MODEL_FIGURES else None for key in keys}


def compare_rows(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per report, each followed by one per model its run used."""
    rows = []
    for report in reports:
        rows.append(run_row(report))
        rows += [model_row(report, model) for model in report["models"]]
    return rows


def label(row: dict[str, Any]) -> str:
    """The backend/model cell: the model's name, else the first word of the backend line."""
    return str(row["model"] or row["backend"].split()[0])


def run_cells(row: dict[str, Any]) -> list[str]:
    """The run-wide cells (tasks, solved, pass@2, solved per generation); '-' on a model row."""
    if row["model"] is not None:
        return ["-"] * 4
    per_generation = ",".join(str(n) for n in row["solved_per_generation"])
    pass2 = f"{row['pass2']}/{row['pass2_known']}"
    return [str(row["tasks"]), str(row["solved"]), pass2, per_generation]


def cells(row: dict[str, Any]) -> list[str]:
    """A row as the text of each column under HEADER."""
    rates = [f"{row[key]:.1%}" for key in RATES]
    seconds = "-" if row["seconds"] is None else f"{row['seconds']:.1f}"
    speed = [str(row["completions"]), f"{row['tokens_per_s']:.1f}", seconds]
    return [row["run"], label(row), *run_cells(row), *rates, f"{row['mean_accuracy']:.3f}", *speed]


def table_line(texts: list[str], widths: list[int]) -> str:
    """One line of the table: names left-aligned, figures right-aligned, two spaces apart."""
    padded = [
        text.ljust(width) if i < TEXT_COLUMNS else text.rjust(width)
        for i, (text, width) in enumerate(zip(texts, widths, strict=True))
    ]
    return "  ".join(padded).rstrip()


def compare_lines(rows: list[dict[str, Any]]) -> list[str]:
    """The rows as a fixed-width table under a header line, each column as wide as its widest."""
    table = [list(HEADER)] + [cells(row) for row in rows]
    widths = [max(len(texts[i]) for texts in table) for i in range(len(HEADER))]
    return [table_line(texts, widths) for texts in table]


def plot_compare(rows: list[dict[str, Any]], path: Path) -> None:
    """Write a PNG with each run's solved-per-generation curve, one line per run."""
    fig, ax = pyplot().subplots(figsize=(7, 4))
    from matplotlib.ticker import MaxNLocator

    top = 1
    for row in rows:
        if row["model"] is None:
            solved = row["solved_per_generation"]
            name = f"{row['run']} (of {row['tasks']})"
            ax.plot(range(1, len(solved) + 1), solved, marker="o", label=name)
            top = max([top, *solved])
    ax.set(title="tasks solved per generation", xlabel="generation", ylabel="solved (train exact)")
    ax.set_ylim(0, top * 1.08)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend()
    fig.tight_layout()
    save(fig, path)
