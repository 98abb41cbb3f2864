"""Shared fixtures (real ARC tasks, hand-made tasks) and the CI rule that no test may skip."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

import pytest

from dsl.types import freeze
from evo.core.tasks import Pair, Task, load_task_set

Rows = Sequence[Sequence[int]]
"""A grid written out as rows of colours."""

MakeTask = Callable[..., Task]
"""make_task(pairs, test=None): a hand-made task from (input, output) rows and a test input."""


@pytest.fixture(scope="session")
def training() -> dict[str, Task]:
    """The 400 ARC-AGI-1 training tasks."""
    return load_task_set("training")


@pytest.fixture(scope="session")
def make_task() -> MakeTask:
    """Build a hand-made task "hand" from train (input, output) rows and one test input, or
    several test inputs; with no test input the first train input is the test input."""

    def build(pairs: Sequence[tuple[Rows, Rows]], *tests: Rows) -> Task:
        train = tuple(Pair(freeze(a), freeze(b)) for a, b in pairs)
        test = tuple(Pair(freeze(t), None) for t in tests) or (Pair(train[0].input, None),)
        return Task("hand", train, test)

    return build


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Under CI, a skipped test is a failed test: CI installs everything, so a skip means a
    part of the suite (the LLM path, vLLM, the grammar) silently did not run."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") == "true" and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped under CI (CI=true): {reason}"
