"""Scale-out: worker processes share one run through a real PostgreSQL server and give the
same programs and report as one `evo run` on SQLite with the same seed."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pg import fresh_database, server_url
from sqlalchemy import create_engine, text

from evo.cli.main import main
from evo.store.session import open_database
from evo.store.units import PLAN, NewUnit, UnitQueue

TASKS = "007bbfb7,0d3d703e,3c9b0459,6150a2bd,234bbc79,a416b8f3"
RUN_ARGS = ["--backend", "symbolic", "--tasks", TASKS, "--generations", "3", "--seed", "7",
            "--programs-per-task", "48", "--name", "r", "--quiet"]  # fmt: skip
TIMING = {"programs_per_s", "seconds"}
UNITS_OF_ONE = "[search]\nunit_tasks = 1\n"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A running PostgreSQL server (CI's, or one started here)."""
    yield from server_url()


@pytest.fixture
def pg(pg_server: str) -> Iterator[str]:
    """A fresh database on it."""
    yield from fresh_database(pg_server)


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def report(db: str) -> dict:
    result = cli("report", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    return {k: v for k, v in json.loads(result.output).items() if k not in TIMING}


def programs(db: str) -> list[tuple[str, str, int]]:
    """(task, hash, generation) of every stored program, duplicates kept."""
    url = db if "://" in db else f"sqlite:///{db}"
    engine = create_engine(url)
    with engine.connect() as con:
        rows = con.execute(text("select task_id, hash, generation from programs")).all()
    engine.dispose()
    return sorted(tuple(r) for r in rows)


@pytest.fixture(scope="module")
def sqlite_run(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The reference: one `evo run` on SQLite."""
    db = str(tmp_path_factory.mktemp("ref") / "evo.db")
    assert cli("run", "--db", db, *RUN_ARGS).exit_code == 0
    return db


def worker(db: str, *extra: str) -> subprocess.Popen[str]:
    """An `evo worker` process."""
    return subprocess.Popen(
        [sys.executable, "-m", "evo", "worker", "--db", db, *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )


def enqueue(db: str, tmp_path: Path) -> None:
    """Create the run on `db` in units of one task, without working on it."""
    config = tmp_path / "units.toml"
    config.write_text(UNITS_OF_ONE, encoding="utf-8")
    result = cli("run", "--db", db, "--enqueue-only", "--config", str(config), *RUN_ARGS)
    assert result.exit_code == 0, result.output
    assert "evo worker" in result.output


@pytest.mark.integration
def test_three_workers_give_the_run_of_one(pg: str, sqlite_run: str, tmp_path: Path) -> None:
    enqueue(pg, tmp_path)
    procs = [worker(pg) for _ in range(3)]
    logs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], logs
    stored = programs(pg)
    assert len(stored) == len(set(stored))  # nothing duplicated
    assert stored == programs(sqlite_run)  # nothing lost
    assert report(pg) == report(sqlite_run)
    busy = [log for log in logs if " done in " in log]
    assert len(busy) >= 2, "the units were not shared"
    assert all(
        line.count(":") >= 2 for log in logs for line in log.splitlines() if "done in" in line
    )


def _claimed(db: str) -> int:
    engine = create_engine(db)
    try:
        with engine.connect() as con:
            sql = "select count(*) from units where status='claimed' and kind='work'"
            claimed = con.execute(text(sql)).scalar_one()
            made = con.execute(text("select count(*) from programs")).scalar_one()
        return int(claimed and made)
    finally:
        engine.dispose()


@pytest.mark.integration
def test_a_killed_worker_s_unit_is_reclaimed(pg: str, sqlite_run: str, tmp_path: Path) -> None:
    enqueue(pg, tmp_path)
    doomed = worker(pg, "--lease", "2")
    deadline = time.time() + 120
    while time.time() < deadline and doomed.poll() is None and not _claimed(pg):
        time.sleep(0.01)
    assert doomed.poll() is None, "the worker finished before it could be killed"
    doomed.send_signal(signal.SIGKILL)
    doomed.wait()
    status = cli("status", "--db", pg)
    assert "held by" in status.output
    rescuers = [worker(pg, "--lease", "2") for _ in range(2)]
    logs = [p.communicate(timeout=300)[1] for p in rescuers]
    assert [p.returncode for p in rescuers] == [0, 0], logs
    stored = programs(pg)
    assert len(stored) == len(set(stored))
    assert stored == programs(sqlite_run)
    assert report(pg) == report(sqlite_run)
    reclaimed = cli("status", "--db", pg, "--json")
    assert json.loads(reclaimed.output)[0]["status"] == "finished"
    engine = create_engine(pg)
    with engine.connect() as con:
        assert con.execute(text("select max(claims) from units")).scalar() == 2


def _claim_all(db: str, name: str, barrier, out) -> None:  # type: ignore[no-untyped-def]
    """Claim and complete units until none is left; report the ids claimed."""
    queue = UnitQueue(open_database(db))
    barrier.wait()
    mine = []
    while (unit := queue.claim(name, 60.0)) is not None:
        mine.append(unit.id)
        queue.complete(unit, name)
    out.put(mine)


@pytest.mark.integration
def test_workers_started_at_once_never_claim_the_same_unit(pg: str, tmp_path: Path) -> None:
    enqueue(pg, tmp_path)
    queue = UnitQueue(open_database(pg))
    run_id = 1
    queue.enqueue(run_id, [NewUnit(100 + i, PLAN) for i in range(300)])
    total = len(queue.units(run_id))
    context = multiprocessing.get_context("spawn")
    barrier, out = context.Barrier(2), context.Queue()
    procs = [context.Process(target=_claim_all, args=(pg, f"w{i}", barrier, out)) for i in range(2)]
    for p in procs:
        p.start()
    claimed = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    first, second = (set(c) for c in claimed)
    assert first and second, "one worker claimed everything: no contention was tested"
    assert not first & second
    assert len(first) + len(second) == total
    assert all(u.status == "done" and u.claims == 1 for u in queue.units(run_id))


@pytest.mark.integration
def test_sigterm_finishes_the_unit_in_hand(pg: str, tmp_path: Path) -> None:
    enqueue(pg, tmp_path)
    proc = worker(pg)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None and not _claimed(pg):
        time.sleep(0.01)
    proc.send_signal(signal.SIGTERM)
    _, log = proc.communicate(timeout=120)
    assert proc.returncode == 0, log
    engine = create_engine(pg)
    with engine.connect() as con:
        held = con.execute(text("select count(*) from units where status='claimed'")).scalar()
        done = con.execute(text("select count(*) from units where status='done'")).scalar()
    engine.dispose()
    assert held == 0 and done >= 1
    assert "units done" in log


def test_status_and_reports_read_a_postgres_run(pg: str, tmp_path: Path) -> None:
    enqueue(pg, tmp_path)
    status = cli("status", "--db", pg)
    assert status.exit_code == 0
    assert "run r (running): generation 0/3, solved 0 of 6 tasks; units: 1 ready" in status.output
    assert cli("run", "--db", pg, "--resume", "--quiet").exit_code == 0
    assert report(pg)["status"] == "finished"
    out = tmp_path / "sub.json"
    assert cli("export", "--db", pg, "-o", str(out)).exit_code == 0
    assert len(json.loads(out.read_text())) == 6
    assert "def transform" in cli("inspect", "0d3d703e", "--db", pg, "--plain").output
