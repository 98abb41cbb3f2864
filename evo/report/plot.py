"""Plots of a run: solved tasks per generation and the fitness distribution (matplotlib)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from evo.core.errors import EvoError

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class PlotError(EvoError):
    """matplotlib is missing or the file cannot be written."""


def pyplot() -> ModuleType:
    """matplotlib.pyplot on the Agg backend (no display needed)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise PlotError("plotting needs matplotlib: pip install -e '.[plot]'") from exc
    return plt


def save(fig: Figure, path: Path) -> None:
    """Write the figure as a PNG and close it."""
    try:
        fig.savefig(path, dpi=100)
    except OSError as exc:
        raise PlotError(f"cannot write {path}: {exc.strerror}") from exc
    finally:
        pyplot().close(fig)


def plot_report(report: dict[str, Any], fitness: list[float], path: Path) -> None:
    """Write a PNG with the solved-per-generation curve beside the fitness histogram."""
    plt = pyplot()
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    solved = report["solved_per_generation"]
    left.plot(range(1, len(solved) + 1), solved, marker="o")
    left.set(
        title=f"run {report['run']}: tasks solved",
        xlabel="generation",
        ylabel=f"solved of {report['tasks']}",
    )
    right.hist(fitness, bins=20, range=(0, 1))
    right.set(title="program fitness", xlabel="mean train pixel accuracy", ylabel="programs")
    fig.tight_layout()
    save(fig, path)
