"""The worker process: lock down once, then run jobs from the parent until told to stop."""

from __future__ import annotations

import importlib
import math
import pickle
import resource
import signal
import time
import warnings
from collections.abc import Callable
from multiprocessing.connection import Connection
from types import CodeType

import numpy as np

from evo.core.config import ExecutorConfig
from evo.executor import guard
from evo.executor.errors import SandboxError
from evo.executor.namespace import ImportGate, base_namespace
from evo.executor.outputs import InvalidOutput, validate_output
from evo.executor.protocol import (
    Job,
    control_reply,
    decode_input,
    job_reply,
    pair_failed,
    pair_ok,
    write_frame,
)
from evo.executor.sandbox import Limits, lock_down

PRELOAD = (
    "numpy.char numpy.fft numpy.lib.stride_tricks numpy.linalg numpy.ma numpy.polynomial "
    "numpy.random numpy.rec numpy.strings array bisect cmath copy decimal fractions heapq "
    "numbers operator re statistics string"
).split()
"""Modules that numpy, the DSL or the standard library may import lazily: loaded now, because
nothing can be loaded once a worker is locked down."""

for _name in PRELOAD:
    importlib.import_module(_name)

_NUMPY_ERRORS = np.geterr()


class JobTimeout(BaseException):
    """Raised inside a program by the worker's alarm when its time is up."""


def describe(exc: BaseException) -> str:
    """'Type: message' of an exception, as recorded for a failed pair."""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class Runner:
    """Runs one job at a time under an alarm; every failure becomes a pair verdict."""

    def __init__(self, config: ExecutorConfig) -> None:
        self.timeout_s, self.max_chars = config.timeout_s, config.max_code_chars
        self.skip_guard = config.skip_guard
        self.gate = ImportGate()
        self.base = base_namespace(self.gate, full_builtins=config.skip_guard)
        self.armed = self.fired = False
        signal.signal(signal.SIGALRM, self._alarm)

    def _alarm(self, signum: int, frame: object) -> None:
        """SIGALRM handler: end the running program."""
        if self.armed:
            self.fired = True
            raise JobTimeout

    def _arm(self) -> None:
        """Reset shared state and start the clocks for one job."""
        limit = math.ceil(time.process_time() + self.timeout_s) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (limit, resource.RLIM_INFINITY))
        np.seterr(**_NUMPY_ERRORS)
        np.random.seed(0)  # programs that use np.random get the same numbers every run
        self.gate.violation = None
        self.fired = False
        self.armed = True
        signal.setitimer(signal.ITIMER_REAL, self.timeout_s)

    def _disarm(self) -> None:
        """Stop the alarm."""
        self.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)

    def _compile(self, source: str) -> tuple[CodeType | None, str | None]:
        """(code, None) to run, or (None, why the program is rejected)."""
        if not self.skip_guard:
            return guard.check(source, self.max_chars)
        try:
            return compile(source, "<program>", "exec"), None
        except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
            return None, describe(exc)

    def run(self, job: Job) -> bytes:
        """The reply for one job."""
        count = len(job.inputs)
        code, reason = self._compile(job.code)
        if code is None:
            return job_reply(job.index, [pair_failed("rejected", reason or "")] * count)
        grids = [decode_input(item) for item in job.inputs]
        pairs: list[list[object]] = []
        try:
            self._arm()
            try:
                pairs = self._execute(code, grids)
            finally:
                self._disarm()
        except JobTimeout:
            pass
        if self.gate.violation is not None:
            pairs = [pair_failed("rejected", self.gate.violation)] * count
        elif self.fired:
            pairs = [pair_failed("timeout", f"no result within {self.timeout_s:g} s")] * count
        return job_reply(job.index, pairs)

    def _execute(self, code: CodeType, grids: list[np.ndarray]) -> list[list[object]]:
        """Run the module, then transform on every grid."""
        namespace = dict(self.base)
        try:
            exec(code, namespace)
            transform = namespace.get("transform")
            if not callable(transform):
                raise TypeError("transform is not a function")
        except JobTimeout:
            raise
        except BaseException as exc:  # a program may raise anything, SystemExit included
            return [pair_failed("error", describe(exc))] * len(grids)
        return [self._call(transform, grid) for grid in grids]

    def _call(self, transform: Callable[[np.ndarray], object], grid: np.ndarray) -> list[object]:
        """The verdict on one pair."""
        try:
            return pair_ok(validate_output(transform(grid)))
        except JobTimeout:
            raise
        except InvalidOutput as exc:
            return pair_failed("invalid", str(exc))
        except BaseException as exc:  # a program may raise anything, SystemExit included
            return pair_failed("error", describe(exc))


def serve(requests: Connection, replies: int, config: ExecutorConfig, workdir: str) -> None:
    """Worker entry point: lock down, report ready, run chunks until the parent hangs up."""
    warnings.simplefilter("ignore")
    limits = Limits(workdir, config.memory_mb, config.strict)
    try:
        layers = lock_down(limits, {requests.fileno(), replies})
    except (SandboxError, OSError) as exc:
        write_frame(replies, control_reply("fail", f"{type(exc).__name__}: {exc}"))
        return
    runner = Runner(config)
    write_frame(replies, control_reply("ready", layers))
    while True:
        try:
            chunk = pickle.loads(requests.recv_bytes())
        except (EOFError, OSError):
            return
        for job in chunk:
            write_frame(replies, runner.run(job))
