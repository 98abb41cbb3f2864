"""Shared fixtures: real ARC tasks and fresh databases."""

from __future__ import annotations

import pytest

from evo.tasks import Task, load_task_set


@pytest.fixture(scope="session")
def training() -> dict[str, Task]:
    """The 400 ARC-AGI-1 training tasks."""
    return load_task_set("training")
