"""The engine end to end: real runs through the CLI, a real SQLite database, real workers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from evo.cli.main import main

TASKS = "007bbfb7,0d3d703e,3c9b0459,6150a2bd,234bbc79,a416b8f3"
"""Five the exhaustive layer solves and one no search here solves (234bbc79 has no reference
solution either), so later generations breed: refine and crossover jobs are always made."""
RUN_ARGS = ["--backend", "symbolic", "--tasks", TASKS, "--generations", "3", "--seed", "7",
            "--programs-per-task", "48", "--name", "r", "--quiet"]  # fmt: skip
TIMING = {"programs_per_s", "seconds"}


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def report(db: Path) -> dict:
    result = cli("report", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    return {k: v for k, v in data.items() if k not in TIMING}


def hashes(db: Path) -> set[tuple[str, str, int]]:
    with sqlite3.connect(db) as con:
        return set(con.execute("select task_id, hash, generation from programs"))


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ref") / "evo.db"
    result = cli("run", "--db", str(db), *RUN_ARGS)
    assert result.exit_code == 0, result.output
    return db


def test_run_stores_programs_lineage_and_report(reference_run: Path) -> None:
    data = report(reference_run)
    assert data["tasks"] == 6 and data["generations"] == 3 and data["status"] == "finished"
    assert data["programs"] > 100
    assert data["solved"] >= 2  # 0d3d703e-style recolourings and plain flips are in reach
    assert 0 < data["valid_rate"] <= 1 and data["dsl_usage_rate"] == 1.0
    kinds = {row["kind"] for row in data["operators"]}
    assert kinds == {"sample", "refine", "crossover"}
    with sqlite3.connect(reference_run) as con:
        links = con.execute("select count(*) from program_parents").fetchone()[0]
        pending = con.execute("select count(*) from programs where status='pending'").fetchone()[0]
    assert links > 0 and pending == 0


def test_same_seed_same_programs(reference_run: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    assert cli("run", "--db", str(db), *RUN_ARGS).exit_code == 0
    assert hashes(db) == hashes(reference_run)
    assert report(db) == report(reference_run)


def _count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(db, timeout=0.05) as con:
            return con.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return -1


KILL_POINTS = {
    "planned": "select count(*) from jobs where status='planned'",
    "proposed": "select count(*) from programs where status='pending'",
    "evaluated": "select count(*) from programs where status not in ('pending','invalid')",
    "generation": "select count(*) from generation_stats",
}


@pytest.mark.integration
@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_and_resume_gives_the_same_run(
    point: str, reference_run: Path, tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "evo", "run", "--db", str(db), *RUN_ARGS]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if db.exists() and _count(db, KILL_POINTS[point]) > 0:
            break
        time.sleep(0.002)
    assert proc.poll() is None, "the run ended before the kill point was reached"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _count(db, "select count(*) from runs where status='finished'") == 0
    resumed = cli("run", "--resume", "--db", str(db), "--quiet")
    assert resumed.exit_code == 0, resumed.output
    assert hashes(db) == hashes(reference_run)
    assert report(db) == report(reference_run)


def test_report_text_and_plot(reference_run: Path, tmp_path: Path) -> None:
    png = tmp_path / "run.png"
    result = cli("report", "--db", str(reference_run), "--plot", str(png))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("run r (finished, 3 generations), backend: symbolic")
    assert "solved (train exact)" in result.output and "symbolic        refine" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_inspect_shows_lineage_code_and_outputs(reference_run: Path, tmp_path: Path) -> None:
    with sqlite3.connect(reference_run) as con:
        task_id, best = con.execute(
            "select task_id, best_program_id from run_tasks where status='solved' limit 1"
        ).fetchone()
    result = cli("inspect", task_id, "--db", str(reference_run))
    assert result.exit_code == 0, result.output
    assert f"task {task_id}: best program" in result.output
    assert f"#{best} gen " in result.output and "def transform(grid):" in result.output
    assert "output (exact)" in result.output and "attempt 1" in result.output
    page = tmp_path / "t.html"
    assert cli("inspect", task_id, "--db", str(reference_run), "--html", str(page)).exit_code == 0
    text = page.read_text()
    assert text.startswith("<!doctype html>") and '<table class="grid">' in text


def test_export_writes_two_attempts_for_every_test_input(
    reference_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "submission.json"
    result = cli("export", "--db", str(reference_run), "-o", str(out))
    assert result.exit_code == 0, result.output
    submission = json.loads(out.read_text())
    assert sorted(submission) == sorted(TASKS.split(","))
    from evo.core.tasks import load_task_set

    training = load_task_set("training")
    solved_right = 0
    for task_id, entries in submission.items():
        task = training[task_id]
        assert len(entries) == len(task.test)
        for entry, pair in zip(entries, task.test, strict=True):
            assert set(entry) == {"attempt_1", "attempt_2"}
            solved_right += pair.output.tolist() in entry.values()
    assert solved_right >= 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "--run", "nosuch"], "Error: no run 'nosuch' in this database\n"),
        (["run", "--resume"], "Error: no unfinished run in this database ("),
        (["inspect", "zzz"], "Error: task 'zzz' is not part of run 'r'\n"),
    ],
)
def test_bad_input_on_a_run(reference_run: Path, args: list[str], message: str) -> None:
    result = cli(*args, "--db", str(reference_run))
    assert result.exit_code == 2
    assert result.output.startswith(message) and result.output.count("\n") == 1
