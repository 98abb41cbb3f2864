"""The LLM path with a real (tiny, locally built) model: prompts to completions to resume."""

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

pytest.importorskip("transformers")

TASKS = "0d3d703e,3c9b0459"


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tinymodel import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "model")


def run_args(model: Path, db: Path) -> list[str]:
    return ["run", "--backend", "transformers", "--model", str(model), "--tasks", TASKS,
            "--generations", "2", "--programs-per-task", "32", "--db", str(db), "--name", "llm",
            "--seed", "3", "--max-tokens", "48", "--exhaustive", "0", "--llm-share", "1",
            "--quiet"]  # fmt: skip


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db, timeout=0.1) as con:
        return con.execute(sql).fetchall()


@pytest.mark.integration
def test_transformers_backend_drives_the_engine(tiny_model: Path, tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    result = CliRunner().invoke(main, run_args(tiny_model, db), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(CliRunner().invoke(main, ["report", "--db", str(db), "--json"]).output)
    assert report["llm"]["completions"] > 0 and report["llm"]["completion_tokens"] > 0
    llm_kinds = {r["kind"] for r in report["operators"] if r["operator"] == "llm"}
    assert llm_kinds == {"sample", "refine", "crossover"}
    # every completion became a program row: a parsed program, or an invalid one with a reason
    rows = query(
        db, "select p.status, p.error from programs p join completions c on p.completion_id = c.id"
    )
    assert rows and all(s != "invalid" or (e or "").startswith("no program") for s, e in rows)
    # sample jobs of one task in one generation shared one prompt
    prompts = query(
        db,
        "select j.task_id, j.generation, count(distinct c.prompt_hash) "
        "from completions c join jobs j on c.job_id = j.id where j.kind='sample' "
        "group by j.task_id, j.generation",
    )
    assert prompts and all(n == 1 for _, _, n in prompts)
    prefix = query(
        db,
        "select sum(c.prefix_chars) * 1.0 / sum(c.prompt_chars) from completions c "
        "join jobs j on c.job_id = j.id where j.kind in ('refine', 'crossover')",
    )
    assert prefix[0][0] >= 0.8
    # the report's per-model row accounts for every completion
    (model_row,) = report["models"]
    assert model_row["model"] == str(tiny_model)
    assert model_row["completions"] == report["llm"]["completions"]
    assert model_row["new_programs"] + model_row["duplicates"] == model_row["completions"]
    assert set(model_row["by_kind"]) == {"sample", "refine", "crossover"}
    assert 0.8 <= model_row["prefix_share"] <= 1.0
    assert 0.0 <= model_row["valid_rate"] <= 1.0
    text = CliRunner().invoke(main, ["report", "--db", str(db)]).output
    assert f"model {tiny_model}" in text and "tok/s" in text


@pytest.mark.integration
def test_resume_never_asks_the_model_twice(tiny_model: Path, tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "evo", *run_args(tiny_model, db)]
    env = os.environ | {"PYTHONPATH": str(Path(__file__).parents[1])}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None:
        try:
            if db.exists() and query(db, "select count(*) from generation_stats")[0][0] >= 1:
                break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = query(db, "select id, text from completions order by id")
    resumed = CliRunner().invoke(main, ["run", "--resume", "--db", str(db), "--quiet"])
    assert resumed.exit_code == 0, resumed.output
    after = query(db, "select id, text from completions order by id")
    assert after[: len(before)] == before
    per_job = query(
        db,
        "select j.n, count(c.id) from jobs j join completions c on c.job_id = j.id group by j.id",
    )
    assert all(count == n for n, count in per_job)
