"""The process pool: long-lived sandboxed workers fed chunks of jobs, timed by the parent.

Workers are forked by a zygote (see zygote.py), so one starts in milliseconds and holds
none of the parent's memory. The parent streams chunks of jobs to each worker, one
chunk ahead when it fits in the pipe, and reads one reply per job; a worker silent for
longer than the timeout plus grace is killed and replaced, and so is one that dies or
breaks the protocol. The job it was running is reported, the rest re-queued.
"""

from __future__ import annotations

import math
import os
import pickle
import select
import shutil
import signal
import tempfile
import time
import weakref
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from evo.core.config import ExecutorConfig
from evo.core.tasks import Task
from evo.executor.batch import Batch
from evo.executor.errors import ExecutorError, SandboxError
from evo.executor.protocol import ProtocolError, decode_reply
from evo.executor.results import ProgramResult
from evo.executor.zygote import WorkerHandle, Zygote

MAX_START_FAILURES = 3
READ_SIZE = 1 << 20
PIPE_ROOM = 60_000  # bytes a chunk may have to wait in the pipe without blocking the parent
DEFAULT_CONFIG = ExecutorConfig()


@dataclass
class _Slot:
    """One worker process and the jobs it holds (running first, then waiting in its pipe)."""

    worker: WorkerHandle
    born: float
    ready: bool = False
    jobs: deque[int] = field(default_factory=deque)
    since: float = 0.0
    served: int = 0


def _exit_text(code: int | None) -> str:
    """How a worker ended, in words."""
    if code is None:
        return "exit status unknown"
    if code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exited with code {code}"


def _stop(worker: WorkerHandle) -> None:
    """Kill a worker and release its descriptors."""
    worker.kill()
    worker.join(5)
    worker.release()


def _shutdown(slots: list[_Slot], zygote: Zygote, workdir: str) -> None:
    """Stop every worker and the zygote, remove the working directory (also at exit)."""
    for slot in slots:
        _stop(slot.worker)
    slots.clear()
    zygote.close()
    shutil.rmtree(workdir, ignore_errors=True)


class Executor:
    """A long-lived pool of sandboxed workers; use as a context manager or call close()."""

    def __init__(self, config: ExecutorConfig = DEFAULT_CONFIG) -> None:
        self.config = config
        self.layers: tuple[str, ...] = ()
        self.workdir = tempfile.mkdtemp(prefix="evo-sandbox-")
        self._slots: list[_Slot] = []
        self._poll = select.poll()
        self._zygote = Zygote()
        self._finalizer = weakref.finalize(self, _shutdown, self._slots, self._zygote, self.workdir)
        self._start_failures = 0
        self._batch: Batch | None = None
        try:
            self._slots.extend(self._spawn() for _ in range(config.workers))
            while not all(s.ready for s in self._slots):
                self._step()
        except BaseException:
            self.close()
            raise

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """Process ids of the current workers (for monitoring)."""
        return tuple(slot.worker.pid for slot in self._slots)

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers and the zygote and remove their directory; safe to call twice."""
        self._finalizer()

    def evaluate(self, jobs: Sequence[tuple[str, Task]]) -> list[ProgramResult]:
        """Run each (code, task) on all pairs of the task; one result per job, in order."""
        if not self._finalizer.alive:
            raise ExecutorError("the executor is closed")
        self._batch = Batch(jobs)
        try:
            while self._batch.missing:
                self._dispatch(self._batch)
                self._step()
            return self._batch.done()
        except BaseException:
            self._abandon()
            raise
        finally:
            self._batch = None

    def _abandon(self) -> None:
        """After an interrupted batch: replace every worker still holding its jobs."""
        for i, slot in enumerate(self._slots):
            if slot.jobs:
                slot.jobs.clear()
                self._replace(i, None)

    def _spawn(self) -> _Slot:
        """A new worker slot, registered for polling, not ready yet."""
        worker = self._zygote.spawn(self.config, self.workdir)
        self._poll.register(worker.replies, select.POLLIN)
        self._poll.register(worker.pidfd, select.POLLIN)
        return _Slot(worker, born=time.monotonic())

    def _dispatch(self, batch: Batch) -> None:
        """Give every ready worker a chunk, and one more to wait in its pipe if it fits."""
        limit = self.config.chunk_size
        for i, slot in enumerate(self._slots):
            if slot.ready and not slot.jobs and slot.served >= self.config.max_jobs_per_worker:
                self._replace(i, None)  # retired; its successor reports ready soon
                continue
            while slot.ready and batch.queue and len(slot.jobs) < limit:
                share = math.ceil(len(batch.queue) / (2 * len(self._slots)))
                room = self.config.max_jobs_per_worker - slot.served - len(slot.jobs)
                chunk = batch.take(max(0, min(limit, share, room)))
                if not chunk:
                    break
                data = pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
                if slot.jobs and len(data) > PIPE_ROOM:
                    batch.requeue(job.index for job in chunk)
                    break
                try:
                    slot.worker.requests.send_bytes(data)
                except OSError:  # it died since we last looked: its chunk goes back
                    batch.requeue(job.index for job in chunk)
                    self._drain(i, dead=True)
                    break
                if not slot.jobs:
                    slot.since = time.monotonic()
                slot.jobs.extend(job.index for job in chunk)

    def _step(self) -> None:
        """Wait for replies, deaths or a deadline, and handle whatever happened."""
        deadlines = [d for d in map(self._deadline, self._slots) if d is not None]
        wait_ms = (
            None if not deadlines else max(0, math.ceil((min(deadlines) - time.monotonic()) * 1000))
        )
        events = dict(self._poll.poll(wait_ms))
        for i, slot in enumerate(list(self._slots)):
            dead = slot.worker.pidfd in events
            if dead or slot.worker.replies in events:
                self._drain(i, dead)
        now = time.monotonic()
        for i, slot in enumerate(list(self._slots)):
            deadline = self._deadline(slot)
            if deadline is not None and now >= deadline:
                self._overdue(i)

    def _deadline(self, slot: _Slot) -> float | None:
        """When the parent gives up on this worker (None when idle)."""
        if not slot.ready:
            return slot.born + self.config.start_timeout_s
        if slot.jobs:
            return slot.since + self.config.kill_after_s
        return None

    def _drain(self, i: int, dead: bool) -> None:
        """Read every message a worker has sent; replace it if it died or misbehaved."""
        slot = self._slots[i]
        try:
            data = os.read(slot.worker.replies, READ_SIZE)
            for message in slot.worker.reader.feed(data):
                self._handle(slot, *decode_reply(message))
            dead = dead or not data
        except (OSError, ProtocolError) as exc:
            self._replace(i, ("error", f"the worker broke the protocol ({exc})"))
            return
        if dead:
            slot.worker.join(1)
            code = self._zygote.exit_code(slot.worker.pid)
            status = "timeout" if code == -signal.SIGXCPU else "error"
            self._replace(i, (status, f"the worker died ({_exit_text(code)})"))

    def _handle(self, slot: _Slot, kind: str, body: Any) -> None:
        """Act on one message from a worker."""
        if kind != "job" and slot.ready:
            raise ProtocolError(f"a '{kind}' message from a running worker")
        if kind == "fail":
            raise SandboxError(f"a worker could not lock itself down: {body}")
        if kind == "ready":
            slot.ready, self.layers, self._start_failures = True, body, 0
            return
        index, pairs = body
        if self._batch is None or not slot.jobs or slot.jobs[0] != index:
            raise ProtocolError(f"unexpected reply for job {index}")
        self._batch.finish(index, pairs)
        slot.jobs.popleft()
        slot.served += 1
        slot.since = time.monotonic()

    def _overdue(self, i: int) -> None:
        """Replace a worker that missed its deadline, charging its job with a timeout."""
        if not self._slots[i].ready:
            self._replace(i, None)
            return
        seconds = self.config.kill_after_s
        self._replace(i, ("timeout", f"no result within {seconds:g} s; the worker was killed"))

    def _replace(self, i: int, failure: tuple[str, str] | None) -> None:
        """Stop worker i, charge its current job with failure, re-queue the rest, respawn."""
        slot = self._slots[i]
        self._poll.unregister(slot.worker.replies)
        self._poll.unregister(slot.worker.pidfd)
        _stop(slot.worker)
        if not slot.ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                code = self._zygote.exit_code(slot.worker.pid)
                raise ExecutorError(f"workers keep failing to start ({_exit_text(code)})")
        if slot.jobs and self._batch is not None:
            if failure is not None:
                self._batch.fail(slot.jobs.popleft(), *failure)
            self._batch.requeue(slot.jobs)
        self._slots[i] = self._spawn()


def evaluate_one(code: str, task: Task, config: ExecutorConfig = DEFAULT_CONFIG) -> ProgramResult:
    """Run one program on one task in a one-worker pool of its own."""
    with Executor(replace(config, workers=1)) as executor:
        return executor.evaluate([(code, task)])[0]
