"""Scale-out throughput: 1, 2 and 4 workers share one run on one PostgreSQL database.

For each worker count, a fresh database gets the same run (symbolic backend, `--limit`
training tasks, units of `--unit-tasks` tasks); that many worker processes then work it to
the end. Each worker times every database call it makes (the store's and the queue's
methods, commits included) beside its own wall time. Reported per count:

    programs/s   programs stored, over the wall time from the first worker's start to the
                 last one's end
    db share     seconds the workers spent in database calls, over the seconds they ran
    units        units of work done, and by how many workers

Each worker runs with one executor process and the exhaustive layer in-process, so that 4
workers on a 2-core machine are 4 processes doing the work, not 16. The server is the one
at --db (a SQLAlchemy URL of a database to create scratch databases beside), else one
started for the bench on the loopback interface with .ci/postgres.sh (through tests/pg.py,
the tests' own server helper).

    python bench/workers.py --limit 24 --generations 3
    python bench/workers.py --db postgresql+psycopg://postgres@127.0.0.1:5432/postgres --json
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pg import fresh_database, server_url  # noqa: E402

from evo.search.runner import Engines, open_store, start  # noqa: E402
from evo.search.worker import Worker  # noqa: E402
from evo.store.repository import Store  # noqa: E402
from evo.store.units import UnitQueue  # noqa: E402


def timed_methods(cls: type, clock: list[float]) -> None:
    """Add the time spent in every public method of `cls` to clock[0]."""
    for name, method in list(vars(cls).items()):
        if name.startswith("_") or name == "session" or not callable(method):
            continue

        def wrapper(*args: Any, __method: Callable[..., Any] = method, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return __method(*args, **kwargs)
            finally:
                clock[0] += time.perf_counter() - started

        setattr(cls, name, functools.wraps(method)(wrapper))


def work(db: str, start_at: float, out: Any) -> None:
    """One worker process: wait for the common start, work the run, report its clocks."""
    clock = [0.0]
    timed_methods(Store, clock)
    timed_methods(UnitQueue, clock)
    time.sleep(max(0.0, start_at - time.time()))
    began = time.perf_counter()
    store = open_store(db)
    engines = Engines(store, lambda *a, **k: None)
    worker = Worker(store, engines, poll_s=0.05)
    try:
        done = worker.run()
    finally:
        engines.close()
    out.put({"units": done, "db_s": clock[0], "wall_s": time.perf_counter() - began})


def settings(args: argparse.Namespace) -> dict[str, Any]:
    """The run every worker count works: symbolic, small units, one process per worker."""
    return {
        "name": "bench",
        "seed": 1,
        "tasks": {"task_set": "training", "limit": args.limit},
        "search": {
            "generations": args.generations,
            "unit_tasks": args.unit_tasks,
            "processes": 1,
        },
        "backend": {"name": "symbolic"},
        "executor": {"workers": 1},
    }


def measure(db: str, workers: int, args: argparse.Namespace) -> dict[str, Any]:
    """Enqueue the run on `db`, let `workers` processes work it, gather the figures."""
    store, run, _, _ = start(settings(args), db, lambda *a, **k: None, enqueue_only=True)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    start_at = time.time() + 3.0
    procs = [context.Process(target=work, args=(db, start_at, out)) for _ in range(workers)]
    for p in procs:
        p.start()
    figures = [out.get() for _ in procs]
    for p in procs:
        p.join()
    wall = time.time() - start_at
    programs = store.count_programs(run.id)
    db_s = sum(f["db_s"] for f in figures)
    busy = sum(f["wall_s"] for f in figures)
    return {
        "workers": workers,
        "programs": programs,
        "wall_s": round(wall, 1),
        "programs_per_s": round(programs / wall, 1),
        "db_share": round(db_s / busy, 4),
        "units": sum(f["units"] for f in figures),
        "busy_workers": sum(1 for f in figures if f["units"]),
    }


server = contextmanager(lambda url: iter([url]) if url else server_url())
"""The admin URL of a PostgreSQL server: the one given, else one started for the bench."""
scratch_database = contextmanager(fresh_database)
"""A new database beside the admin URL's, dropped afterwards."""


def main() -> None:
    """Parse the flags, measure each worker count side by side, print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="admin URL of a PostgreSQL server (default: start one)")
    parser.add_argument("--limit", type=int, default=24, help="training tasks")
    parser.add_argument("--generations", type=int, default=3)
    parser.add_argument("--unit-tasks", type=int, default=2, help="tasks per unit of work")
    parser.add_argument("--workers", default="1,2,4", help="worker counts to measure")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    rows = []
    with server(args.db) as admin:
        for count in (int(c) for c in args.workers.split(",")):
            with scratch_database(admin) as db:
                rows.append(measure(db, count, args))
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print("workers  programs  wall s  programs/s  db share  units (workers busy)")
    for r in rows:
        print(
            f"{r['workers']:>7}{r['programs']:>10}{r['wall_s']:>8}{r['programs_per_s']:>12}"
            f"{r['db_share']:>10.1%}{r['units']:>7} ({r['busy_workers']})"
        )


if __name__ == "__main__":
    main()
