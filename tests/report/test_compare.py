"""`evo compare` (evo.report.compare, evo.cli.compare): runs side by side, every figure the
same as `evo report` gives for the run, checked on two real runs in one SQLite file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from evo.cli.compare import compare_command
from evo.cli.main import main
from evo.report.compare import compare_lines, compare_rows

COMMON = ["--backend", "symbolic", "--tasks", "0d3d703e,3c9b0459", "--generations", "2",
          "--programs-per-task", "8", "--quiet"]  # fmt: skip
RUNS = {
    "a": ["--exhaustive", "0", "--augment", "0", "--deepen", "0", "--seed", "1"],
    "b": ["--exhaustive", "8", "--seed", "2"],
}
"""Run a: the symbolic operator alone, solving nothing; run b: the library layers too."""
RUN_KEYS = ["tasks", "solved", "pass2", "pass2_known", "solved_per_generation", "valid_rate",
            "dsl_usage_rate", "unique_output_rate", "mean_accuracy", "seconds"]  # fmt: skip
"""The figures a run's row shares with the top level of `evo report --json`."""
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding runs a and b, made through `evo run`."""
    path = tmp_path_factory.mktemp("compare") / "evo.db"
    for name, args in RUNS.items():
        args = ["run", "--db", str(path), "--name", name, *COMMON, *args]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def reports(db: Path) -> dict[str, dict[str, Any]]:
    """`evo report --json` of each run."""
    found = {}
    for name in RUNS:
        result = CliRunner().invoke(main, ["report", "--db", str(db), "--run", name, "--json"])
        assert result.exit_code == 0, result.output
        found[name] = json.loads(result.stdout)
    return found


def compare(db: Path, *args: str) -> Result:
    return CliRunner().invoke(compare_command, ["--db", str(db), *args], catch_exceptions=False)


def one_line_error(result: Result) -> str:
    """The single `Error: ...` line of a refused command (exit code 2, nothing on stdout)."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert result.stdout == ""
    return lines[0]


def test_json_rows_carry_the_report_figures(db: Path, reports: dict[str, dict[str, Any]]) -> None:
    result = compare(db, "a", "b", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["run"] for row in rows] == ["a", "b"]  # symbolic runs: no model rows
    for row in rows:
        report = reports[row["run"]]
        assert row["model"] is None and row["backend"] == report["backend"]
        assert {k: row[k] for k in RUN_KEYS} == {k: report[k] for k in RUN_KEYS}
        assert row["completions"] == report["llm"]["completions"] == 0
        assert row["tokens_per_s"] == report["llm"]["tokens_per_s"] == 0.0
    # the two runs differ, so a row given the other run's figures would fail above
    assert (reports["a"]["solved"], reports["b"]["solved"]) == (0, 2)
    assert "exhaustive" in reports["b"]["backend"] and "exhaustive" not in reports["a"]["backend"]
    reverse = json.loads(compare(db, "b", "a", "--json").stdout)
    assert reverse == rows[::-1]


def test_text_is_one_table_with_a_header(db: Path, reports: dict[str, dict[str, Any]]) -> None:
    result = compare(db, "a", "b")
    assert result.exit_code == 0, result.output
    a, b = (reports[name]["seconds"] for name in "ab")  # stored timings, from evo report
    assert result.stdout == (
        "run  backend/model  tasks  solved  pass@2  solved/gen  valid     DSL  unique  accuracy"
        "  completions  tok/s  wall s\n"
        "a    symbolic           2       0     0/2         0,0  93.8%  100.0%   96.7%     0.093"
        f"            0    0.0  {a:>6.1f}\n"
        "b    symbolic           2       2     2/2         2,2  90.6%  100.0%   65.5%     0.562"
        f"            0    0.0  {b:>6.1f}\n"
    )


def test_plot_writes_a_png(db: Path, tmp_path: Path) -> None:
    png = tmp_path / "compare.png"
    result = compare(db, "a", "b", "--plot", str(png))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("run  backend/model")
    assert png.read_bytes().startswith(PNG)


def test_plot_errors_are_one_line(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unwritable = tmp_path / "no-such-folder" / "compare.png"
    assert one_line_error(compare(db, "a", "--plot", str(unwritable))).startswith(
        f"Error: cannot write {unwritable}"
    )
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now fails
    assert one_line_error(compare(db, "a", "--plot", str(tmp_path / "x.png"))) == (
        "Error: plotting needs matplotlib: pip install -e '.[plot]'"
    )
    assert not (tmp_path / "x.png").exists()


def test_an_unknown_run_is_a_one_line_error(db: Path) -> None:
    assert one_line_error(compare(db, "a", "nosuch")) == "Error: no run 'nosuch' in this database"
    result = CliRunner().invoke(compare_command, ["--db", str(db)])
    assert result.exit_code == 2 and "Missing argument 'RUN...'" in result.stderr


def test_a_run_with_a_model_gets_a_row_per_model() -> None:
    """Model rows take the model's figures; the run-wide ones (tasks solved, pass@2, time)
    stay the run's, and the model's own count of solved programs is not put in their place."""
    model = {"model": "org/coder-1b", "completions": 12, "solved": 5, "valid_rate": 0.5,
             "dsl_usage_rate": 0.25, "unique_output_rate": 0.75, "mean_accuracy": 0.4321,
             "tokens_per_s": 812.5}  # fmt: skip
    report = {"run": "llm", "backend": "vllm backend, model org/coder-1b, grammar on",
              "tasks": 10, "solved": 3, "pass2": 2, "pass2_known": 9,
              "solved_per_generation": [1, 2, 3], "valid_rate": 0.6, "dsl_usage_rate": 0.3,
              "unique_output_rate": 0.8, "mean_accuracy": 0.5, "seconds": 123.44,
              "llm": {"completions": 12, "tokens_per_s": 812.5}, "models": [model]}  # fmt: skip
    run_row, model_row = compare_rows([report])
    assert (run_row["model"], run_row["solved"], run_row["seconds"]) == (None, 3, 123.44)
    assert model_row["model"] == "org/coder-1b" and model_row["completions"] == 12
    assert model_row["solved"] is None and model_row["seconds"] is None
    assert compare_lines([run_row, model_row]) == [
        "run  backend/model  tasks  solved  pass@2  solved/gen  valid    DSL  unique  accuracy"
        "  completions  tok/s  wall s",
        "llm  vllm              10       3     2/9       1,2,3  60.0%  30.0%   80.0%     0.500"
        "           12  812.5   123.4",
        "llm  org/coder-1b       -       -       -           -  50.0%  25.0%   75.0%     0.432"
        "           12  812.5       -",
    ]
