"""Learning from a run: the data set (hindsight relabelling, held-out tasks) on a real run,
and real fine-tuning of a tiny model built here, loaded back by transformers and vLLM."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from dsl.grammar import wide_form
from evo.cli.main import main
from evo.core.config import LearnConfig, from_dict
from evo.core.tasks import load_task_set
from evo.core.validate import grammar_form
from evo.learn.dataset import TRAIN, VALID, build, relabelled
from evo.llm.prompts import LEARNT, learnt_prompt
from evo.llm.training import RECORD, grammar_kind, prompt_style
from evo.search.runner import Engines, open_store

TASKS = "0d3d703e,3c9b0459,6150a2bd,a416b8f3,007bbfb7,25ff71a9"
ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def run_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real symbolic run to learn from."""
    db = tmp_path_factory.mktemp("learn") / "evo.db"
    args = ["run", "--db", str(db), "--backend", "symbolic", "--tasks", TASKS,
            "--generations", "2", "--programs-per-task", "24", "--seed", "5", "--name", "src",
            "--quiet"]  # fmt: skip
    assert cli(*args).exit_code == 0
    return db


def examples(db: Path, settings: LearnConfig):  # type: ignore[no-untyped-def]
    store = open_store(str(db))
    run = store.find_run("src")
    tasks = {t: load_task_set("training")[t] for t in TASKS.split(",")}
    return build(tasks, store.programs(run.id), settings, run.seed), store, run, tasks


def test_relabelled_targets_are_the_program_s_own_outputs(run_db: Path) -> None:
    found, store, run, tasks = examples(run_db, LearnConfig(grammar_only=False))
    programs = {p.id: p for p in store.programs(run.id)}
    relabelled_ones = [s for s in found if s.relabelled]
    assert relabelled_ones, "a symbolic run has unsolved programs to relabel"
    for s in relabelled_ones:
        program = programs[s.program_id]
        task = relabelled(tasks[s.example.task_id], program)
        assert task is not None
        for pair, result in zip(task.train, program.train_results or [], strict=True):
            assert np.array_equal(pair.output, np.array(result["output"]))
        assert s.example.user == learnt_prompt(task).user
        assert not program.solved
    exact = [s for s in found if not s.relabelled]
    assert exact and all(programs[s.program_id].solved for s in exact)
    for s in exact:
        assert s.example.user == learnt_prompt(tasks[s.example.task_id]).user


def test_no_example_of_a_held_out_task_is_trained_on(run_db: Path) -> None:
    found, *_ = examples(run_db, LearnConfig(grammar_only=False, holdout=0.34))
    valid_tasks = {s.example.task_id for s in found if s.split == VALID}
    train_tasks = {s.example.task_id for s in found if s.split == TRAIN}
    assert valid_tasks and train_tasks and not valid_tasks & train_tasks
    assert len(valid_tasks) == 2  # round(6 tasks * 0.34)


def test_distinct_outputs_capped_per_task_and_in_all(run_db: Path) -> None:
    found, store, run, _ = examples(run_db, LearnConfig(grammar_only=False, per_task=3))
    keys = {p.id: (p.task_id, p.outputs_key) for p in store.programs(run.id)}
    chosen = [keys[s.program_id] for s in found]
    assert len(chosen) == len(set(chosen))
    per_task = {t: sum(1 for k in chosen if k[0] == t) for t, _ in chosen}
    assert max(per_task.values()) <= 3
    capped, *_ = examples(run_db, LearnConfig(grammar_only=False, max_examples=5))
    assert len(capped) == 5
    again, *_ = examples(run_db, LearnConfig(grammar_only=False, max_examples=5))
    assert [s.program_id for s in again] == [s.program_id for s in capped]


def test_programs_on_their_real_task_are_kept_first_when_capped(run_db: Path) -> None:
    found, *_ = examples(run_db, LearnConfig(grammar_only=False))
    real = sum(1 for s in found if not s.relabelled)
    assert 0 < real < len(found)
    capped, *_ = examples(run_db, LearnConfig(grammar_only=False, max_examples=real + 1))
    assert sum(1 for s in capped if not s.relabelled) == real


def test_grammar_only_keeps_programs_in_the_grammar_s_form(run_db: Path) -> None:
    found, *_ = examples(run_db, LearnConfig())
    assert found
    for s in found:
        lines = s.example.completion.strip().splitlines()
        assert lines[0] == "def transform(grid):" and lines[-1].strip().startswith("return ")


def test_the_wide_grammar_keeps_library_programs_the_typed_one_cannot_write(
    run_db: Path,
) -> None:
    typed, store, run, _ = examples(run_db, LearnConfig())
    wide, *_ = examples(run_db, LearnConfig(grammar_kind="wide"))
    programs = {p.id: p for p in store.programs(run.id)}
    assert all(wide_form(s.example.completion) == s.example.completion for s in wide)
    library = [s for s in wide if grammar_form(programs[s.program_id].code) is None]
    operators = {programs[s.program_id].operator for s in library}
    assert library and operators <= {"exhaustive", "deepen"}
    assert sum(not s.relabelled for s in wide) > sum(not s.relabelled for s in typed)


def test_programs_longer_than_the_cap_are_left_out(run_db: Path) -> None:
    found, *_ = examples(run_db, LearnConfig(grammar_only=False, grammar_kind="wide"))
    lengths = sorted(len(s.example.completion) for s in found)
    cap = lengths[len(lengths) // 2]
    capped, *_ = examples(
        run_db, LearnConfig(grammar_only=False, grammar_kind="wide", max_program_chars=cap)
    )
    assert capped and all(len(s.example.completion) <= cap for s in capped)
    assert max(lengths) > cap


def test_dry_run_prints_the_data_set(run_db: Path) -> None:
    result = cli("learn", "--db", str(run_db), "--run", "src", "--dry-run", "--per-task", "2")
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.endswith("relabelled to their own outputs") and " train, " in first
    assert "--- answer" in result.output and "def transform(grid):" in result.output


@pytest.fixture(scope="module")
def learnt(run_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The tiny model fine-tuned for a few steps on the run, and its stored record."""
    from tinymodel import build_tiny_model

    base = build_tiny_model(tmp_path_factory.mktemp("tiny") / "model")
    out = tmp_path_factory.mktemp("learnt") / "model"
    args = ["learn", "--db", str(run_db), "--run", "src", "--model", str(base), "-o", str(out),
            "--max-steps", "24", "--learning-rate", "0.003", "--quiet"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "loss" not in result.stderr and "{'" not in result.output  # --quiet: no figures
    with sqlite3.connect(run_db) as con:
        record = json.loads(con.execute("select record from learn_rounds").fetchone()[0])
    return out, record


@pytest.mark.integration
def test_learning_lowers_the_validation_loss(learnt: tuple[Path, dict]) -> None:
    folder, record = learnt
    assert record["steps"] == 24 and record["run"] == "src"
    assert record["valid_loss_after"] < record["valid_loss_before"]
    assert record["losses"][-1] < record["losses"][0]
    saved = json.loads((folder / RECORD).read_text())
    assert saved["prompt"] == LEARNT and prompt_style(str(folder)) == LEARNT
    assert saved["grammar"] == "typed" and grammar_kind(str(folder)) == "typed"
    assert (folder / "config.json").exists() and (folder / "checkpoints").exists()


@pytest.mark.integration
def test_a_run_with_the_learnt_model_uses_its_compact_prompt(
    learnt: tuple[Path, dict], tmp_path: Path
) -> None:
    folder, _ = learnt
    db = tmp_path / "after.db"
    args = ["run", "--db", str(db), "--backend", "transformers", "--model", str(folder),
            "--tasks", "0d3d703e", "--generations", "1", "--programs-per-task", "8",
            "--exhaustive", "0", "--max-tokens", "32", "--llm-share", "1", "--quiet"]  # fmt: skip
    assert cli(*args).exit_code == 0
    with sqlite3.connect(db) as con:
        rows = con.execute("select template, model, completion_tokens from completions").fetchall()
    assert rows and {r[0] for r in rows} == {LEARNT} and {r[1] for r in rows} == {str(folder)}
    store = open_store(str(db))
    config = from_dict(store.find_run(None).config)
    assert config.backend.model == str(folder)


@pytest.mark.integration
def test_the_learnt_folder_loads_in_process_in_vllm(
    learnt: tuple[Path, dict], tmp_path: Path
) -> None:
    folder, _ = learnt
    db = tmp_path / "vllm.db"
    env = os.environ | {
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "VLLM_CPU_CI_ENV": "1",
        "OMP_NUM_THREADS": "2",
        "VLLM_CPU_KVCACHE_SPACE": "1",
    }
    args = ["run", "--db", str(db), "--backend", "vllm", "--model", str(folder),
            "--tasks", "0d3d703e", "--generations", "1", "--programs-per-task", "8",
            "--exhaustive", "0", "--max-tokens", "32", "--llm-share", "1", "--quiet"]  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "evo", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=500,
        start_new_session=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    with sqlite3.connect(db) as con:
        rows = con.execute("select template, model from completions").fetchall()
    assert rows and {r for r in rows} == {(LEARNT, str(folder))}


@pytest.mark.integration
def test_lora_adapters_are_merged_into_a_plain_folder(run_db: Path, tmp_path: Path) -> None:
    from tinymodel import build_tiny_model

    from evo.llm.backends.base import Request, Sampling
    from evo.llm.backends.hf import TransformersBackend

    base = build_tiny_model(tmp_path / "base")
    out = tmp_path / "lora"
    args = ["learn", "--db", str(run_db), "--run", "src", "--model", str(base), "-o", str(out),
            "--max-steps", "2", "--lora", "--quiet"]  # fmt: skip
    result = cli(*args)
    assert result.exit_code == 0, result.output
    assert not (out / "adapter_config.json").exists()
    backend = TransformersBackend(str(out))
    [made] = backend.generate([Request("s", "u", 2)], Sampling(max_tokens=4))
    assert len(made.texts) == 2


# --- learning rounds inside a run (--learn-every) ----------------------------------------------


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tinymodel import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-base") / "model")


def looped_run(db: Path, base: Path, folder: Path, *extra: str):  # type: ignore[no-untyped-def]
    config = db.parent / "loop.toml"
    settings = f'max_steps = 2\nmax_prompt_chars = 20000\nfolder = "{folder}"\n'
    config.write_text("[learn]\n" + settings, encoding="utf-8")
    args = ["run", "--db", str(db), "--backend", "transformers", "--model", str(base),
            "--tasks", "3631a71a,b527c5c6,e5062a87", "--generations", "3", "--learn-every", "2",
            "--programs-per-task", "32", "--max-tokens", "24", "--llm-share", "0.25",
            "--exhaustive", "0", "--name", "loop", "--config", str(config), "--quiet",
            *extra]  # fmt: skip
    return cli(*args)


@pytest.mark.integration
def test_a_run_learns_every_k_generations_and_samples_the_learnt_model(
    tiny_base: Path, tmp_path: Path
) -> None:
    db, folder = tmp_path / "loop.db", tmp_path / "models"
    result = looped_run(db, tiny_base, folder)
    assert result.exit_code == 0, result.output
    learnt = folder / "loop-g2"
    assert prompt_style(str(learnt)) == LEARNT
    with sqlite3.connect(db) as con:
        rounds = con.execute("select base_model, output, status from learn_rounds").fetchall()
        used = con.execute(
            "select distinct j.generation, c.model, c.template from completions c "
            "join jobs j on j.id = c.job_id order by j.generation"
        ).fetchall()
        kinds = con.execute("select generation, kind from units order by id").fetchall()
    # one round, from the base model, before generation 3 (index 2), after the first two
    assert rounds == [(str(tiny_base), str(learnt), "trained")]
    assert (2, "learn") in kinds and kinds.index((2, "learn")) < kinds.index((2, "plan"))
    assert {(g, m) for g, m, _ in used if g < 2} == {(g, str(tiny_base)) for g in (0, 1)}
    assert {(m, t) for g, m, t in used if g == 2} == {(str(learnt), LEARNT)}
    # a worker that takes up the run builds its LLM on the newest learnt model
    engines = Engines(open_store(str(db)), lambda *a, **k: None)
    engine = engines(open_store(str(db)).find_run("loop").id)
    try:
        assert engine.model == str(learnt)
        assert engine.operators["llm"].backend.model == str(learnt)  # type: ignore[attr-defined]
        assert engine.operators["llm"].style == LEARNT  # type: ignore[attr-defined]
    finally:
        engines.close()


@pytest.mark.integration
def test_learning_rounds_need_a_language_model(tmp_path: Path) -> None:
    args = ["run", "--db", str(tmp_path / "x.db"), "--backend", "symbolic", "--tasks",
            "0d3d703e", "--learn-every", "1", "--quiet"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "Error: learning rounds (--learn-every) need a language model backend"
    )
    assert not (tmp_path / "x.db").exists()


@pytest.mark.integration
def test_the_training_bar_shows_the_loss_without_a_line_per_step(
    run_db: Path, tiny_base: Path, tmp_path: Path
) -> None:
    args = ["learn", "--db", str(run_db), "--run", "src", "--model", str(tiny_base),
            "-o", str(tmp_path / "m"), "--max-steps", "3"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "loss=" in result.stderr and "3/3" in result.stderr
    assert "{'loss'" not in result.output
