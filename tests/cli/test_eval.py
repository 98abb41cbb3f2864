"""`evo eval`: one program file on one task, as a table or JSON, with exact output."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from dsl.solutions import solution_source
from evo.cli.main import main


def _eval(*args: str) -> Result:
    return CliRunner().invoke(main, ["eval", *args])


def _write(tmp_path: Path, source: str) -> str:
    path = tmp_path / "program.py"
    path.write_text(source)
    return str(path)


def test_table_for_a_solving_program(tmp_path: Path) -> None:
    result = _eval(_write(tmp_path, solution_source("007bbfb7")), "--task", "007bbfb7")
    assert result.exit_code == 0
    assert result.stdout == (
        "task 007bbfb7: ok, fitness 1.000, solved\n"
        "pair     status    accuracy  exact  error\n"
        "train 0  ok           1.000  yes\n"
        "train 1  ok           1.000  yes\n"
        "train 2  ok           1.000  yes\n"
        "train 3  ok           1.000  yes\n"
        "train 4  ok           1.000  yes\n"
        "test 0   ok           1.000  yes\n"
    )


def test_json_for_a_failing_program_exits_zero(tmp_path: Path) -> None:
    source = (
        "def transform(grid):\n    if grid[0, 0] == 0:\n        return grid\n    return 1 / 0\n"
    )
    result = _eval(
        _write(tmp_path, source), "--task", "007bbfb7", "--task-set", "training", "--json"
    )
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert list(report) == ["task_id", "status", "fitness", "solved", "train", "test"]
    assert report["task_id"] == "007bbfb7"
    assert (report["status"], report["solved"]) == ("error", False)
    assert [p["status"] for p in report["train"]] == ["ok", "error", "ok", "error", "error"]
    assert report["train"][1] == {
        "status": "error",
        "accuracy": 0.0,
        "exact": False,
        "error": "ZeroDivisionError: division by zero",
    }
    assert report["fitness"] == sum(p["accuracy"] for p in report["train"]) / 5
    assert set(report["test"][0]) == {"status", "accuracy", "exact", "error"}


def test_table_for_a_rejected_program(tmp_path: Path) -> None:
    result = _eval(_write(tmp_path, "import os\n"), "--task", "007bbfb7")
    assert result.exit_code == 0
    reason = "line 1: the name 'os' is not allowed (it leads to the operating system)"
    assert result.stdout.splitlines()[0] == "task 007bbfb7: rejected, fitness 0.000, not solved"
    assert result.stdout.splitlines()[2] == f"train 0  rejected     0.000  no     {reason}"


def test_timeout_option(tmp_path: Path) -> None:
    program = _write(tmp_path, "def transform(grid):\n    while True:\n        pass\n")
    result = _eval(program, "--task", "007bbfb7", "--timeout", "0.2", "--json")
    assert json.loads(result.stdout)["train"][0]["error"] == "no result within 0.2 s"


def test_missing_program_file() -> None:
    result = _eval("no/such/program.py", "--task", "007bbfb7")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "Error: no such program file: no/such/program.py\n"


def test_unknown_task(tmp_path: Path) -> None:
    result = _eval(_write(tmp_path, "def transform(grid):\n    return grid\n"), "--task", "nope")
    assert result.exit_code == 2
    assert result.stderr == "Error: unknown task id 'nope' in any named task set\n"


def test_unknown_task_in_a_named_set(tmp_path: Path) -> None:
    program = _write(tmp_path, "def transform(grid):\n    return grid\n")
    result = _eval(program, "--task", "007bbfb7", "--task-set", "evaluation")
    assert result.exit_code == 2
    assert result.stderr == "Error: unknown task id '007bbfb7' in task set 'evaluation'\n"


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["eval", "--help"])
    assert result.exit_code == 0
    assert "Example: evo eval dsl/solutions/t007bbfb7.py --task 007bbfb7" in result.output


def test_table_for_a_task_without_test_outputs(tmp_path: Path) -> None:
    folder = tmp_path / "tasks"
    folder.mkdir()
    task = {"train": [{"input": [[1, 2]], "output": [[2, 1]]}], "test": [{"input": [[3, 4]]}]}
    (folder / "abc.json").write_text(json.dumps(task))
    program = _write(tmp_path, "def transform(grid):\n    return grid[:, ::-1]\n")
    result = _eval(program, "--task", "abc", "--task-set", str(folder))
    assert result.exit_code == 0
    assert result.stdout == (
        "task abc: ok, fitness 1.000, solved\n"
        "pair     status    accuracy  exact  error\n"
        "train 0  ok           1.000  yes\n"
        "test 0   ok               -  -\n"
    )
