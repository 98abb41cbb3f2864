"""The ARC Prize submission format: two attempts per test input of every task."""

from __future__ import annotations

from typing import Any

from evo.core.tasks import Task

PLACEHOLDER = [[0]]
"""What stands in for an attempt when nothing was predicted."""


def two_attempts(tries: list[Any]) -> dict[str, Any]:
    """The submission entry of one test input; the first attempt repeats when only one exists."""
    first = tries[0] if tries else PLACEHOLDER
    return {"attempt_1": first, "attempt_2": tries[1] if len(tries) > 1 else first}


def build_submission(predictions: dict[str, Any], tasks: dict[str, Task]) -> dict[str, Any]:
    """task id -> one entry per test input, from the report's per-task predictions."""
    submission = {}
    for task_id, task in tasks.items():
        tries = predictions[task_id]["attempts"]
        submission[task_id] = [
            two_attempts(tries[i] if i < len(tries) else []) for i in range(len(task.test))
        ]
    return submission
