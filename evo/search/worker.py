"""A worker: claims units of work from the database, one at a time, until no run it serves is
unfinished. `evo run` is one worker on the run it created; `evo worker` on any number of
machines shares runs through one PostgreSQL database."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable

from evo.search.engine import Engine
from evo.store.models import Unit
from evo.store.repository import Store
from evo.store.units import LeaseLost, UnitQueue

EngineFactory = Callable[[int], Engine]
"""Builds (once per run) the engine that executes a run's units."""
Log = Callable[[str], None]


def worker_name() -> str:
    """host:pid, unique among live workers."""
    return f"{socket.gethostname()}:{os.getpid()}"


class Heartbeat:
    """Renews a unit's lease every third of its length while the unit is worked on."""

    def __init__(self, queue: UnitQueue, unit: Unit, worker: str, lease_s: float) -> None:
        self.queue, self.unit, self.worker, self.lease_s = queue, unit, worker, lease_s
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _beat(self) -> None:
        while not self._stop.wait(self.lease_s / 3):
            if not self.queue.renew(self.unit.id, self.worker, self.lease_s):
                self.lost = True
                return


class Worker:
    """Claims and executes units until its runs are finished or it is asked to stop."""

    def __init__(
        self,
        store: Store,
        engines: EngineFactory,
        *,
        run_id: int | None = None,
        lease_s: float = 60.0,
        poll_s: float = 0.5,
        take_over: bool = False,
        wait: bool = False,
        log: Log | None = None,
        name: str | None = None,
    ) -> None:
        self.store, self.engines, self.run_id = store, engines, run_id
        self.queue = UnitQueue(store.engine)
        self.lease_s, self.poll_s = lease_s, poll_s
        self.take_over, self.wait = take_over, wait
        self.log = log or (lambda line: None)
        self.name = name or worker_name()
        self.stopping = False
        self.done = 0

    def stop(self) -> None:
        """Finish the unit in hand, then return from run()."""
        self.stopping = True

    def run(self) -> int:
        """Work until nothing is left (or stop() was called); return the units done."""
        while not self.stopping:
            unit = self.queue.claim(self.name, self.lease_s, self.run_id, self.take_over)
            if unit is None:
                if not self.wait and self.finished():
                    break
                time.sleep(self.poll_s)
                continue
            self.execute(unit)
        return self.done

    def finished(self) -> bool:
        """Whether every run this worker serves is finished."""
        return not self.store.unfinished_runs(self.run_id)

    def execute(self, unit: Unit) -> None:
        """Do one unit under a renewed lease and mark it done, with what follows it."""
        started = time.perf_counter()
        engine = self.engines(unit.run_id)
        with Heartbeat(self.queue, unit, self.name, self.lease_s):
            follow, seconds = engine.execute(unit)
        try:
            self.queue.complete(unit, self.name, follow, seconds)
        except LeaseLost as exc:
            self.log(f"{self.name}: {exc}; another worker redoes it")
            return
        self.done += 1
        tasks = f", {len(unit.task_ids)} tasks" if unit.task_ids else ""
        self.log(
            f"{self.name}: run {engine.run_row.name} generation {unit.generation} "
            f"{unit.kind} {unit.chunk}{tasks} done in {time.perf_counter() - started:.1f} s"
        )
