"""Reference solutions: one module per ARC-AGI-1 training task, each defining transform()."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent


def solution_ids() -> list[str]:
    """Task ids that have a reference solution, sorted."""
    return sorted(p.stem[1:] for p in FOLDER.glob("t*.py"))


def solution_path(task_id: str) -> Path:
    """The file holding a task's reference solution (module names start with 't')."""
    return FOLDER / f"t{task_id}.py"


def solution_source(task_id: str) -> str:
    """The source text of a task's reference solution."""
    return solution_path(task_id).read_text(encoding="utf-8")


def load_solution(task_id: str) -> Callable[[Any], Any]:
    """Import a task's reference solution and return its transform function."""
    module = importlib.import_module(f"dsl.solutions.t{task_id}")
    return module.transform
