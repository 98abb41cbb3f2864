"""Run an in-process operator's proposals in worker processes, jobs spread over them.

For operators that compute rather than wait (the exhaustive layer): a run's engine process
would otherwise use one core while the others idle. Workers are spawned, not forked, so
they inherit no model weights or threads; results come back in job order.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from evo.core.jobs import Candidate, JobSpec, Operator

PR_SET_PDEATHSIG = 1
_operator: Operator | None = None


def _start(factory: Callable[[], Operator], parent: int) -> None:
    """Worker set-up: die with the engine process (a killed run leaves no workers behind)."""
    global _operator
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still applies
        pass
    if os.getppid() != parent:
        os._exit(0)
    _operator = factory()


def _propose(job: JobSpec) -> list[Candidate]:
    assert _operator is not None
    return _operator.propose([job])[0]


class PooledOperator:
    """The operator made by `factory`, proposing in `processes` worker processes."""

    def __init__(self, name: str, factory: Callable[[], Operator], processes: int) -> None:
        self.name, self.factory, self.processes = name, factory, processes
        self.chunk = 16 * max(processes, 1)
        self._pool: ProcessPoolExecutor | None = None
        self._local: Operator | None = None

    def propose(self, jobs: Sequence[JobSpec]) -> list[list[Candidate]]:
        """Candidates for every job, in order; in this process when there is one worker."""
        if self.processes <= 1 or len(jobs) <= 1:
            if self._local is None:
                self._local = self.factory()
            return self._local.propose(jobs)
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=context,
                initializer=_start,
                initargs=(self.factory, os.getpid()),
            )
        return list(self._pool.map(_propose, jobs))

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
