"""Operators proposing in worker processes give what they give in-process, in job order."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from evo.core.jobs import JobSpec
from evo.core.tasks import Task
from evo.operators.exhaustive import ExhaustiveOperator
from evo.operators.pooled import PooledOperator

TASKS = ("3c9b0459", "6150a2bd", "67a3c6ac", "68b16354", "74dd1130", "a416b8f3")


def codes(result: list) -> list[list[str | None]]:
    return [[c.code for c in cands] for cands in result]


def test_pooled_exhaustive_matches_in_process(training: dict[str, Task]) -> None:
    jobs = [JobSpec(i, training[t], "sample", (), 4, i) for i, t in enumerate(TASKS)]
    expected = codes(ExhaustiveOperator().propose(jobs))
    pooled = PooledOperator("exhaustive", ExhaustiveOperator, 2)
    try:
        got = codes(pooled.propose(jobs))
        pids = {p.pid for p in pooled._pool._processes.values()}  # type: ignore[union-attr]
    finally:
        pooled.close()
    assert got == expected and all(len(c) == 4 for c in got)
    assert len(pids) == 2 and os.getpid() not in pids
    assert pooled._pool is None


def test_one_process_stays_in_process(training: dict[str, Task]) -> None:
    pooled = PooledOperator("exhaustive", ExhaustiveOperator, 1)
    jobs = [JobSpec(0, training[TASKS[0]], "sample", (), 2, 0)]
    assert codes(pooled.propose(jobs)) == codes(ExhaustiveOperator().propose(jobs))
    assert pooled._pool is None


def test_workers_die_with_a_killed_engine(tmp_path: Path) -> None:
    script = (
        "import time\n"
        "from evo.operators.exhaustive import ExhaustiveOperator\n"
        "from evo.operators.pooled import PooledOperator\n"
        "from evo.core.tasks import load_task_set\n"
        "from evo.core.jobs import JobSpec\n"
        "task = load_task_set('training')['3c9b0459']\n"
        "pool = PooledOperator('exhaustive', ExhaustiveOperator, 2)\n"
        "pool.propose([JobSpec(i, task, 'sample', (), 1, i) for i in range(2)])\n"
        "print(*[p.pid for p in pool._pool._processes.values()], flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert len(pids) == 2 and all(alive(p) for p in pids)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in pids)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
