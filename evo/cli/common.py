"""What every evo command shares: one-line errors and the task-selection options."""

from __future__ import annotations

import contextlib
import functools
import signal
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import click

from evo.core.errors import EvoError
from evo.search.runner import DEFAULT_DB
from evo.store.repository import RunNotFound
from evo.store.session import DatabaseError


class CliError(click.ClickException):
    """A one-line message on stderr with exit code 2."""

    exit_code = 2


def reports_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one-line CLI errors."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (EvoError, DatabaseError, RunNotFound) as exc:
            raise CliError(str(exc)) from exc

    return wrapper


def task_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The shared --task-set / --tasks / --limit options."""
    func = click.option("--limit", type=click.IntRange(min=1), help="Keep the first N tasks.")(func)
    func = click.option("--tasks", "task_ids", help="Comma-separated task ids to keep.")(func)
    return click.option(
        "--task-set",
        default="training",
        show_default=True,
        help="training, evaluation, arc2-training, arc2-evaluation, or a folder of JSON files.",
    )(func)


def split_ids(task_ids: str | None) -> list[str] | None:
    """Split a comma-separated id list, dropping blanks."""
    if not task_ids:
        return None
    return [t.strip() for t in task_ids.split(",") if t.strip()]


db_option = click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="Database path or SQLAlchemy URL."
)
run_option = click.option("--run", "run_name", help="Run name (default: the newest run).")


class Stoppable(Protocol):
    """Anything with a stop() that finishes the work in hand first."""

    def stop(self) -> None: ...


@contextlib.contextmanager
def stops_on_sigterm(worker: Stoppable) -> Iterator[None]:
    """While inside, SIGTERM asks the worker to finish its unit and stop (no lost work)."""
    previous = signal.signal(signal.SIGTERM, lambda *_: worker.stop())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
